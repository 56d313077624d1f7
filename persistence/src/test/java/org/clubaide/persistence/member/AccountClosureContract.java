package org.clubaide.persistence.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.access.Account;
import org.clubaide.core.access.Role;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.persistence.access.JpaAccountRepository;
import org.clubaide.persistence.request.JpaHelpRequestRepository;
import org.clubaide.persistence.testing.Database;
import org.clubaide.persistence.testing.DatabaseContract;
import org.clubaide.persistence.testing.HelpRequests;
import org.clubaide.persistence.testing.Members;
import org.clubaide.persistence.testing.Rows;
import org.clubaide.persistence.testing.Rows.Row;
import org.clubaide.persistence.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link JpaAccountClosure} removes an erased member's logins with their roles (R-PRV-2), and
 * nothing else: every other row of every table, other members' and agents' logins included, is
 * the same before and after. Compared in plain JDBC over the whole schema.
 */
abstract class AccountClosureContract extends DatabaseContract {

  private final TestClock clock = TestClock.atServiceStart();
  private Member ada;
  private Member grace;
  private Account adaLogin;
  private Account adaOldLogin;
  private Account graceLogin;
  private Account agentLogin;

  AccountClosureContract(Database target) {
    super(target);
  }

  @BeforeEach
  void membersAndLogins() {
    ada = Members.aMember("ada.lovelace@example.org", clock.instant());
    grace = Members.aMember("grace.hopper@example.org", clock.instant());
    adaLogin = login("ada.lovelace@example.org", ada, Role.MEMBER, Role.PARTNER);
    adaOldLogin = login("ada@old.example.org", ada, Role.MEMBER);
    graceLogin = login("grace.hopper@example.org", grace, Role.MEMBER, Role.PARTNER);
    agentLogin =
        new Account(
            "agent",
            "hash-agent",
            Set.of(Role.AGENT, Role.ADMIN),
            Optional.empty(),
            clock.instant());
    db.run(
        unit -> {
          JpaMemberRepository members = unit.adapter(JpaMemberRepository.class);
          members.save(ada);
          members.save(grace);
          JpaAccountRepository accounts = unit.adapter(JpaAccountRepository.class);
          List.of(adaLogin, adaOldLogin, graceLogin, agentLogin).forEach(accounts::add);
          JpaHelpRequestRepository requests = unit.adapter(JpaHelpRequestRepository.class);
          requests.save(HelpRequests.closedAfterFullLifecycle(ada.id(), clock));
          requests.save(HelpRequests.submitted(grace.id(), clock));
        });
  }

  private Account login(String login, Member member, Role... roles) {
    return new Account(
        login, "hash-" + login, Set.of(roles), Optional.of(member.id()), clock.instant());
  }

  private void close(MemberId member) {
    db.run(unit -> unit.adapter(JpaAccountClosure.class).closeAccountsOf(member));
  }

  private Optional<Account> find(String login) {
    return db.inTransaction(unit -> unit.adapter(JpaAccountRepository.class).findByLogin(login));
  }

  @Test
  @DisplayName(
      "R-PRV-2 closing a member's accounts deletes every login of theirs with its roles, and no"
          + " other row of any table")
  void deletesTheMembersLoginsAndNothingElse() {
    Rows rows = new Rows(db.dataSource());
    Map<String, List<Row>> before = rows.everything();

    close(ada.id());

    Map<String, List<Row>> after = rows.everything();
    assertEquals(before.keySet(), after.keySet());
    for (String table : before.keySet()) {
      List<Row> removed = new ArrayList<>(before.get(table));
      removed.removeAll(after.get(table));
      List<Row> added = new ArrayList<>(after.get(table));
      added.removeAll(before.get(table));
      assertTrue(added.isEmpty(), table + " gained rows: " + added);
      List<String> removedKeys = removed.stream().map(r -> keyOf(table, r)).sorted().toList();
      switch (table) {
        case "account" -> assertEquals(
            List.of("ada.lovelace@example.org", "ada@old.example.org"), removedKeys);
        case "account_role" -> assertEquals(
            List.of(
                "ada.lovelace@example.org MEMBER",
                "ada.lovelace@example.org PARTNER",
                "ada@old.example.org MEMBER"),
            removedKeys);
        default -> assertTrue(removed.isEmpty(), table + " lost rows: " + removed);
      }
    }
    assertTrue(find(adaLogin.login()).isEmpty());
    assertTrue(find(adaOldLogin.login()).isEmpty());
    assertEquals(Optional.of(graceLogin), find(graceLogin.login()));
    assertEquals(Optional.of(agentLogin), find(agentLogin.login()));
    assertTrue(
        db.inTransaction(unit -> unit.adapter(JpaMemberRepository.class).findById(ada.id()))
            .isPresent(),
        "the member stays; erasure anonymises it");
  }

  private static String keyOf(String table, Row row) {
    return switch (table) {
      case "account" -> row.get("login");
      case "account_role" -> row.get("login") + " " + row.get("role");
      default -> row.toString();
    };
  }

  @Test
  @DisplayName(
      "R-PRV-2 closing the accounts of a member without a login, or closing them twice, changes"
          + " nothing")
  void nothingToClose() {
    Member carol = Members.aMember("carol@example.org", clock.instant());
    db.run(unit -> unit.adapter(JpaMemberRepository.class).save(carol));
    close(ada.id());
    Rows rows = new Rows(db.dataSource());
    Map<String, List<Row>> before = rows.everything();

    close(carol.id());
    close(ada.id());
    close(MemberId.newId());

    assertEquals(before, rows.everything());
  }

  @Test
  @DisplayName(
      "R-PRV-2 once the member is erased and their logins closed, the address is free: the"
          + " person can register with it again")
  void closedLoginIsFree() {
    db.run(
        unit -> {
          JpaMemberRepository members = unit.adapter(JpaMemberRepository.class);
          Member erased = members.findById(ada.id()).orElseThrow();
          erased.erase(adaLogin.login(), clock.instant());
          members.save(erased);
          unit.adapter(JpaAccountClosure.class).closeAccountsOf(ada.id());
        });
    Member again = Members.aMember(adaLogin.login(), clock.instant());
    Account renewed = login(adaLogin.login(), again, Role.MEMBER);

    db.run(
        unit -> {
          unit.adapter(JpaMemberRepository.class).save(again);
          unit.adapter(JpaAccountRepository.class).add(renewed);
        });

    assertEquals(Optional.of(renewed), find(adaLogin.login()));
    assertEquals(
        again.id(),
        db.inTransaction(
                unit -> unit.adapter(JpaMemberRepository.class).findByEmail(adaLogin.login()))
            .orElseThrow()
            .id());
  }
}
