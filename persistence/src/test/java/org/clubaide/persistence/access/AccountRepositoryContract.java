package org.clubaide.persistence.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.access.Account;
import org.clubaide.core.access.Role;
import org.clubaide.core.member.Member;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.persistence.member.JpaMemberRepository;
import org.clubaide.persistence.testing.Database;
import org.clubaide.persistence.testing.DatabaseContract;
import org.clubaide.persistence.testing.Members;
import org.clubaide.persistence.testing.TestClock;
import org.clubaide.persistence.testing.UnitOfWork;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What {@link JpaAccountRepository} keeps of a login: hash, roles, member and creation time. */
abstract class AccountRepositoryContract extends DatabaseContract {

  private final TestClock clock = TestClock.atServiceStart();

  AccountRepositoryContract(Database target) {
    super(target);
  }

  private Member savedMember() {
    Member member = Members.aMember("ada.lovelace@example.org", clock.instant());
    db.run(unit -> unit.adapter(JpaMemberRepository.class).save(member));
    return member;
  }

  private void add(Account account) {
    db.run(unit -> unit.adapter(JpaAccountRepository.class).add(account));
  }

  private Optional<Account> find(String login) {
    return db.inTransaction(unit -> unit.adapter(JpaAccountRepository.class).findByLogin(login));
  }

  @Test
  @DisplayName("R-PRV-1 a member's login reads back with its hash, roles, member and creation time")
  void roundTrip() {
    Member member = savedMember();
    Account account =
        new Account(
            "ada.lovelace@example.org",
            "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==",
            Set.of(Role.MEMBER, Role.PARTNER),
            Optional.of(member.id()),
            clock.instant());
    add(account);

    assertEquals(Optional.of(account), find("ada.lovelace@example.org"));
  }

  @Test
  @DisplayName("R-PRV-1 an agent's login without a member reads back without one")
  void withoutMember() {
    Account agent =
        new Account(
            "agent", "hash", Set.of(Role.AGENT, Role.ADMIN), Optional.empty(), clock.instant());
    add(agent);

    assertEquals(Optional.of(agent), find("agent"));
  }

  @Test
  @DisplayName("R-PRV-1 a login is found whatever its case and surrounding spaces")
  void loginIsCaseInsensitive() {
    add(new Account("Agent.Smith", "hash", Set.of(Role.AGENT), Optional.empty(), clock.instant()));

    assertEquals("agent.smith", find("  AGENT.smith ").orElseThrow().login());
    assertTrue(find("agent.jones").isEmpty());
    assertTrue(find(null).isEmpty());
  }

  @Test
  @DisplayName(
      "R-MEM-1 a login already taken is refused with a conflict and the first account kept")
  void loginTaken() {
    Account first =
        new Account("agent", "hash-1", Set.of(Role.AGENT), Optional.empty(), clock.instant());
    add(first);

    ConflictException refused =
        assertThrows(
            ConflictException.class,
            () ->
                add(
                    new Account(
                        "AGENT", "hash-2", Set.of(Role.ADMIN), Optional.empty(), clock.instant())));

    assertEquals("R-MEM-1", refused.rule());
    assertEquals(Optional.of(first), find("agent"));
  }

  @Test
  @DisplayName("whether any account has a role is answered from the roles table")
  void anyWithRole() {
    boolean before =
        db.inTransaction(unit -> unit.adapter(JpaAccountRepository.class).anyWithRole(Role.ADMIN));
    assertFalse(before);
    add(
        new Account(
            "admin", "hash", Set.of(Role.ADMIN, Role.AGENT), Optional.empty(), clock.instant()));

    db.run(
        unit -> {
          JpaAccountRepository accounts = unit.adapter(JpaAccountRepository.class);
          assertTrue(accounts.anyWithRole(Role.ADMIN));
          assertTrue(accounts.anyWithRole(Role.AGENT));
          assertFalse(accounts.anyWithRole(Role.MEMBER));
        });
  }

  @Test
  @DisplayName("R-PRV-1 a password change replaces the hash and keeps the rest")
  void changePasswordHash() {
    Account agent =
        new Account("agent", "hash-1", Set.of(Role.AGENT), Optional.empty(), clock.instant());
    add(agent);

    db.run(unit -> unit.adapter(JpaAccountRepository.class).changePasswordHash(" Agent", "hash-2"));

    assertEquals(
        Optional.of(new Account("agent", "hash-2", agent.roles(), agent.member(), agent.createdAt())),
        find("agent"));
    assertThrows(
        org.clubaide.core.shared.NotFoundException.class,
        () -> db.run(unit -> unit.adapter(JpaAccountRepository.class).changePasswordHash("nobody", "h")));
  }

  @Test
  @DisplayName("R-PRV-3 roles are replaced and a disabled login reads back disabled, then enabled")
  void changesRolesAndDisables() {
    add(new Account("agent@example.org", "hash", Set.of(Role.AGENT), Optional.empty(), clock.instant()));
    Instant at = clock.instant().plusSeconds(60);

    db.run(
        unit -> {
          JpaAccountRepository accounts = unit.adapter(JpaAccountRepository.class);
          accounts.changeRoles("Agent@example.org", Set.of(Role.ADMIN, Role.AGENT));
          accounts.changeDisabledAt("agent@example.org", Optional.of(at));
        });

    Account changed = find("agent@example.org").orElseThrow();
    assertEquals(Set.of(Role.ADMIN, Role.AGENT), changed.roles());
    assertEquals(Optional.of(at), changed.disabledAt());
    assertFalse(changed.enabled());
    db.run(unit -> unit.adapter(JpaAccountRepository.class).changeDisabledAt("agent@example.org", Optional.empty()));
    assertTrue(find("agent@example.org").orElseThrow().enabled());
    assertThrows(
        org.clubaide.core.shared.NotFoundException.class,
        () -> db.run(unit -> unit.adapter(JpaAccountRepository.class).changeRoles("nobody", Set.of(Role.AGENT))));
    assertThrows(
        org.clubaide.core.shared.NotFoundException.class,
        () ->
            db.run(
                unit ->
                    unit.adapter(JpaAccountRepository.class)
                        .changeDisabledAt(null, Optional.empty())));
  }

  @Test
  @DisplayName("R-PRV-3 the enabled administrators are counted: neither disabled ones nor agents")
  void countsEnabledAdministrators() {
    add(new Account("admin-1", "h", Set.of(Role.ADMIN, Role.AGENT), Optional.empty(), clock.instant()));
    add(new Account("admin-2", "h", Set.of(Role.ADMIN), Optional.empty(), clock.instant()));
    add(new Account("agent", "h", Set.of(Role.AGENT), Optional.empty(), clock.instant()));
    assertEquals(
        2L, (long) db.inTransaction(unit -> unit.adapter(JpaAccountRepository.class).countEnabledAdministrators()));
    db.run(
        unit ->
            unit.adapter(JpaAccountRepository.class)
                .changeDisabledAt("admin-2", Optional.of(clock.instant())));
    assertEquals(
        1L, (long) db.inTransaction(unit -> unit.adapter(JpaAccountRepository.class).countEnabledAdministrators()));
  }

  @Test
  @DisplayName(
      "R-PRV-3 two administrators changing one login at the same moment: the second fails with a"
          + " conflict and the first change is kept")
  void concurrentEditsConflict() {
    add(new Account("agent@example.org", "hash", Set.of(Role.AGENT), Optional.empty(), clock.instant()));
    try (UnitOfWork one = db.begin();
        UnitOfWork two = db.begin()) {
      JpaAccountRepository inOne = one.adapter(JpaAccountRepository.class);
      JpaAccountRepository inTwo = two.adapter(JpaAccountRepository.class);
      inOne.findByLogin("agent@example.org").orElseThrow();
      inTwo.findByLogin("agent@example.org").orElseThrow();
      inOne.changeRoles("agent@example.org", Set.of(Role.AGENT, Role.ADMIN));
      one.commit();

      ConflictException refused =
          assertThrows(
              ConflictException.class,
              () -> inTwo.changeDisabledAt("agent@example.org", Optional.of(clock.instant())));

      assertEquals("CONCURRENT-UPDATE", refused.rule());
      two.rollback();
    }
    Account stored = find("agent@example.org").orElseThrow();
    assertEquals(Set.of(Role.AGENT, Role.ADMIN), stored.roles());
    assertTrue(stored.enabled());
  }
}
