package org.clubaide.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.access.Account;
import org.clubaide.core.access.Role;
import org.clubaide.core.member.FieldGroup;
import org.clubaide.core.member.Identity;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.ParticipationStatus;
import org.clubaide.core.member.Profile;
import org.clubaide.core.member.Visibility;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.RequestStatus;
import org.clubaide.core.request.RequestSummary;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.terms.TermsVersion;
import org.clubaide.persistence.access.JpaAccountRepository;
import org.clubaide.persistence.member.JpaMemberRepository;
import org.clubaide.persistence.request.JpaHelpRequestRepository;
import org.clubaide.persistence.terms.JpaTermsCatalogue;
import org.clubaide.persistence.testing.Database;
import org.clubaide.persistence.testing.DatabaseContract;
import org.clubaide.persistence.testing.HelpRequests;
import org.clubaide.persistence.testing.Members;
import org.clubaide.persistence.testing.Schema;
import org.clubaide.persistence.testing.TestClock;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A database built at the first schema version and filled then survives every migration written
 * since: after migrating to the latest version, the current adapters read everything back
 * unchanged, and can change it. New migrations join the test by themselves; the rows are written by
 * {@link V1Rows}, a frozen copy of the version-1 layout.
 */
abstract class UpgradeContract extends DatabaseContract {

  private static final MigrationVersion FIRST = MigrationVersion.fromVersion("1");
  private static final TermsVersion NEW_TERMS =
      new TermsVersion("V1/2025", LocalDate.of(2025, 1, 1));

  private final TestClock clock = TestClock.atServiceStart();

  UpgradeContract(Database target) {
    super(target);
  }

  @Test
  @DisplayName(
      "members, logins, terms and requests written at schema version 1 read back unchanged at the"
          + " latest version")
  void version1DataSurvivesEveryMigration() {
    Schema.clean(db.dataSource());
    Schema.migrateTo(db.dataSource(), "1");
    assertEquals(FIRST, Schema.current(db.dataSource()));

    Member ada =
        Members.changedVisibility(
            Members.alsoAccepted(
                Members.aMember("ada.lovelace@example.org", clock.instant()),
                NEW_TERMS,
                tick().instant(),
                Channel.EMAIL),
            FieldGroup.PHOTO,
            Visibility.MEMBERS,
            tick().instant());
    Member registered = Members.aMember("grace.hopper@example.org", tick().instant());
    Member grace =
        Members.withIdentity(registered, new Identity("Grace", "Hopper", Optional.empty()));
    Account adaLogin =
        new Account(
            ada.contact().email(),
            "hash-ada",
            Set.of(Role.MEMBER),
            Optional.of(ada.id()),
            tick().instant());
    Account agent =
        new Account(
            "agent",
            "hash-agent",
            Set.of(Role.AGENT, Role.ADMIN),
            Optional.empty(),
            tick().instant());
    HelpRequest postponed = HelpRequests.submitted(grace.id(), clock);
    postponed.postpone(
        HelpRequests.memberActor(grace.id()), clock.today().plusDays(4), "After the fair.", tick());
    List<HelpRequest> requests =
        List.of(
            HelpRequests.closedAfterFullLifecycle(ada.id(), clock),
            HelpRequests.declined(ada.id(), clock),
            HelpRequests.acceptedWithSolutions(ada.id(), clock, clock.today().plusDays(6), 2),
            HelpRequests.withdrawnAfterImmediateAcceptance(grace.id(), clock),
            HelpRequests.submitted(grace.id(), clock),
            postponed);
    V1Rows v1 = new V1Rows(db.dataSource());
    v1.terms(NEW_TERMS);
    v1.member(ada);
    v1.member(grace);
    v1.account(adaLogin);
    v1.account(agent);
    requests.forEach(v1::request);

    Schema.migrate(db.dataSource());

    assertEquals(Schema.latestAvailable(db.dataSource()), Schema.current(db.dataSource()));
    db.run(
        unit -> {
          JpaMemberRepository members = unit.adapter(JpaMemberRepository.class);
          Member adaRead = members.findById(ada.id()).orElseThrow();
          Member graceRead = members.findByEmail("grace.hopper@example.org").orElseThrow();
          assertEquals(Members.state(ada), Members.state(adaRead));
          assertEquals(Members.state(grace), Members.state(graceRead));
          for (Member read : List.of(adaRead, graceRead)) {
            assertEquals(utcDay(read.registeredAt()).plusMonths(12), read.participationEndsOn());
            assertEquals(ParticipationStatus.ACTIVE, read.participationStatus(clock));
          }

          JpaAccountRepository accounts = unit.adapter(JpaAccountRepository.class);
          assertEquals(Optional.of(adaLogin), accounts.findByLogin(adaLogin.login()));
          assertEquals(Optional.of(agent), accounts.findByLogin("agent"));

          List<TermsVersion> terms = unit.adapter(JpaTermsCatalogue.class).all();
          assertTrue(
              terms.indexOf(Members.SEED_TERMS) >= 0
                  && terms.indexOf(Members.SEED_TERMS) < terms.indexOf(NEW_TERMS),
              "terms after the upgrade: " + terms);

          JpaHelpRequestRepository stored = unit.adapter(JpaHelpRequestRepository.class);
          for (HelpRequest request : requests) {
            assertEquals(
                HelpRequests.state(request),
                HelpRequests.state(stored.findById(request.id()).orElseThrow()));
          }
          assertEquals(openQueue(requests), stored.openByNextDeadline(Optional.empty(), 50));
          assertEquals(newestFirst(requests, grace), stored.byRequester(grace.id(), 50));
        });
  }

  @Test
  @DisplayName("a request written at schema version 1 can still be changed after the upgrade")
  void version1RequestCanChange() {
    Schema.clean(db.dataSource());
    Schema.migrateTo(db.dataSource(), "1");
    Member ada = Members.aMember("ada.lovelace@example.org", clock.instant());
    HelpRequest request = HelpRequests.submitted(ada.id(), clock);
    V1Rows v1 = new V1Rows(db.dataSource());
    v1.member(ada);
    v1.request(request);
    Schema.migrate(db.dataSource());

    HelpRequest read =
        db.inTransaction(
            unit -> {
              JpaHelpRequestRepository requests = unit.adapter(JpaHelpRequestRepository.class);
              HelpRequest loaded = requests.findById(request.id()).orElseThrow();
              loaded.decline(HelpRequests.AGENT, "Outside our field.", tick());
              requests.save(loaded);
              return loaded;
            });

    HelpRequest again =
        db.inTransaction(
                unit -> unit.adapter(JpaHelpRequestRepository.class).findById(request.id()))
            .orElseThrow();
    assertEquals(HelpRequests.state(read), HelpRequests.state(again));
    assertEquals(RequestStatus.DECLINED, again.status());
    assertEquals(2, again.version());
  }

  @Test
  @DisplayName(
      "R-MEM-7 a member written at schema version 1 reads back active until its registration day"
          + " (in UTC, as times are stored) plus twelve months, with an empty profile, and can"
          + " change")
  void version1MemberGetsParticipationPeriod() {
    Schema.clean(db.dataSource());
    Schema.migrateTo(db.dataSource(), "1");
    Member ada = Members.aMember("ada.lovelace@example.org", clock.instant());
    // The last day of February of a leap year, and a time that is already the next day in the
    // Service's zone but not yet in UTC.
    Member leap = Members.aMember("leap@example.org", Instant.parse("2024-02-29T12:00:00Z"));
    Member late = Members.aMember("late@example.org", Instant.parse("2025-03-09T23:30:00Z"));
    List<Member> all = List.of(ada, leap, late);
    V1Rows v1 = new V1Rows(db.dataSource());
    all.forEach(v1::member);

    Schema.migrate(db.dataSource());

    Map<Member, Member> read = new LinkedHashMap<>();
    db.run(
        unit -> {
          JpaMemberRepository members = unit.adapter(JpaMemberRepository.class);
          all.forEach(m -> read.put(m, members.findById(m.id()).orElseThrow()));
        });
    assertEquals(LocalDate.of(2026, 3, 10), read.get(ada).participationEndsOn());
    assertEquals(LocalDate.of(2025, 2, 28), read.get(leap).participationEndsOn());
    assertEquals(LocalDate.of(2026, 3, 9), read.get(late).participationEndsOn());
    read.forEach(
        (written, member) -> {
          assertEquals(utcDay(written.registeredAt()).plusMonths(12), member.participationEndsOn());
          assertEquals(ParticipationStatus.ACTIVE, member.snapshot().status());
          assertEquals(
              ParticipationStatus.ACTIVE,
              member.participationStatus(TestClock.at(member.registeredAt())));
          assertTrue(member.endedAt().isEmpty());
          assertFalse(member.isErased());
          assertEquals(Profile.EMPTY, member.profile());
          assertTrue(member.networkOfferHistory().isEmpty());
          assertTrue(member.photoRef().isEmpty());
          assertEquals(written.identity(), member.identity());
          assertEquals(written.contact(), member.contact());
          assertEquals(written.consentHistory(), member.consentHistory());
          assertEquals(1, member.version());
        });

    Profile profile = new Profile(List.of("Welding", "Bookkeeping"), List.of(), List.of(), true);
    Member changed =
        db.inTransaction(
            unit -> {
              JpaMemberRepository members = unit.adapter(JpaMemberRepository.class);
              Member m = members.findById(ada.id()).orElseThrow();
              m.describe(profile, m.contact().email(), tick().instant());
              m.renew(Member.DEFAULT_PARTICIPATION_PERIOD, m.contact().email(), clock);
              members.save(m);
              return m;
            });
    Member again =
        db.inTransaction(unit -> unit.adapter(JpaMemberRepository.class).findById(ada.id()))
            .orElseThrow();
    assertEquals(Members.state(changed), Members.state(again));
    assertEquals(LocalDate.of(2027, 3, 10), again.participationEndsOn());
    assertEquals(profile, again.profile());
    assertEquals(2, again.version());
  }

  private static LocalDate utcDay(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  private static List<RequestSummary> openQueue(List<HelpRequest> requests) {
    return requests.stream()
        .filter(r -> r.nextDeadline().isPresent())
        .map(RequestSummary::of)
        .sorted(
            Comparator.comparing((RequestSummary s) -> s.nextDeadline().orElseThrow())
                .thenComparing(s -> s.id().toString()))
        .toList();
  }

  private static List<RequestSummary> newestFirst(List<HelpRequest> requests, Member member) {
    List<RequestSummary> mine = new ArrayList<>();
    requests.stream()
        .filter(r -> r.requester().equals(member.id()))
        .map(RequestSummary::of)
        .forEach(mine::add);
    mine.sort(Comparator.comparing(RequestSummary::submittedAt));
    Collections.reverse(mine);
    return mine;
  }

  private TestClock tick() {
    return clock.advance(Duration.ofMinutes(1));
  }
}
