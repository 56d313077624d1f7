package org.clubaide.persistence.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.FieldGroup;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.Profile;
import org.clubaide.core.member.Visibility;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.QueueCursor;
import org.clubaide.core.request.RequestSummary;
import org.clubaide.persistence.member.JpaMemberRepository;
import org.clubaide.persistence.testing.Database;
import org.clubaide.persistence.testing.DatabaseContract;
import org.clubaide.persistence.testing.HelpRequests;
import org.clubaide.persistence.testing.Members;
import org.clubaide.persistence.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * No N+1: the SQL statements a list page costs do not grow with what the page holds. A counting
 * proxy around the data source counts every statement the adapter executes.
 */
abstract class StatementCountContract extends DatabaseContract {

  /** The page size of the agent queue and of a member's dashboard. */
  private static final int PAGE = 50;

  /** The most statements one list page may cost. */
  private static final int PAGE_BOUND = 3;

  /** The most statements loading one whole request may cost. */
  private static final int REQUEST_BOUND = 4;

  /**
   * The most statements loading one whole member may cost: the member's row, then one query per
   * list it holds (terms acceptances, consent history, profile entries, network offer history).
   */
  private static final int MEMBER_BOUND = 5;

  private final TestClock clock = TestClock.atServiceStart();
  private MemberId member;

  StatementCountContract(Database target) {
    super(target);
  }

  @BeforeEach
  void registerMember() {
    Member m = Members.aMember("ada.lovelace@example.org", clock.instant());
    db.run(unit -> unit.adapter(JpaMemberRepository.class).save(m));
    member = m.id();
  }

  private void saveAll(List<HelpRequest> requests) {
    db.run(
        unit -> {
          JpaHelpRequestRepository repository = unit.adapter(JpaHelpRequestRepository.class);
          requests.forEach(repository::save);
        });
  }

  /**
   * Light requests (one event, no solution) due first, then heavy ones (eleven events, three
   * solutions).
   */
  private void fillQueue() {
    LocalDate today = clock.today();
    saveAll(
        IntStream.range(0, PAGE)
            .mapToObj(i -> HelpRequests.submitted(member, clock, today.plusDays(1 + i % 3)))
            .toList());
    saveAll(
        IntStream.range(0, PAGE)
            .mapToObj(
                i ->
                    HelpRequests.acceptedWithSolutions(
                        member, clock, today.plusDays(10 + i % 3), 3))
            .toList());
  }

  /** Runs {@code read} in a unit of work; returns its result and how many statements it ran. */
  private <T> Counted<T> counted(Function<JpaHelpRequestRepository, T> read) {
    return counted(JpaHelpRequestRepository.class, read);
  }

  /** Runs {@code read} on a new adapter of {@code type}, counting the statements it ran. */
  private <A, T> Counted<T> counted(Class<A> type, Function<A, T> read) {
    return db.inTransaction(
        unit -> {
          A adapter = unit.adapter(type);
          db.statements().reset();
          T result = read.apply(adapter);
          return new Counted<>(result, db.statements().count(), db.statements().statements());
        });
  }

  /** Prints a figure to the build log, where the measured costs can be read. */
  private void report(String what, int statements) {
    System.out.printf("[%s] %s: %d%n", db.target(), what, statements);
  }

  record Counted<T>(T result, int statements, List<String> sql) {}

  @Test
  @DisplayName(
      "R-REQ-4 R-REQ-6 a queue page of 50 costs the same few statements whether its requests are"
          + " light or heavy")
  void queuePageCostIsConstant() {
    fillQueue();

    Counted<List<RequestSummary>> light =
        counted(r -> r.openByNextDeadline(Optional.empty(), PAGE));
    QueueCursor afterLight = QueueCursor.after(light.result().get(PAGE - 1));
    Counted<List<RequestSummary>> heavy =
        counted(r -> r.openByNextDeadline(Optional.of(afterLight), PAGE));
    Counted<List<RequestSummary>> empty =
        counted(
            r ->
                r.openByNextDeadline(
                    Optional.of(QueueCursor.after(heavy.result().get(PAGE - 1))), PAGE));

    assertEquals(PAGE, light.result().size());
    assertEquals(PAGE, heavy.result().size());
    assertTrue(heavy.result().stream().allMatch(RequestSummary::hasSolution));
    assertTrue(empty.result().isEmpty());
    assertTrue(
        heavy.statements() <= PAGE_BOUND,
        "a page of 50 ran " + heavy.statements() + ": " + heavy.sql());
    assertTrue(
        heavy.sql().stream()
            .allMatch(sql -> sql.strip().toUpperCase(Locale.ROOT).startsWith("SELECT")),
        "a page only reads: " + heavy.sql());
    assertEquals(light.statements(), heavy.statements(), heavy.sql().toString());
    assertEquals(light.statements(), empty.statements(), empty.sql().toString());
    report("statements per queue page of " + PAGE, heavy.statements());
  }

  @Test
  @DisplayName("a member's list of 50 requests costs the same few statements as a list of one")
  void memberListCostIsConstant() {
    fillQueue();
    Member other = Members.aMember("grace.hopper@example.org", clock.instant());
    db.run(unit -> unit.adapter(JpaMemberRepository.class).save(other));
    saveAll(List.of(HelpRequests.acceptedWithSolutions(other.id(), clock, clock.today(), 3)));

    Counted<List<RequestSummary>> fifty = counted(r -> r.byRequester(member, PAGE));
    Counted<List<RequestSummary>> one = counted(r -> r.byRequester(other.id(), PAGE));

    assertEquals(PAGE, fifty.result().size());
    assertEquals(1, one.result().size());
    assertTrue(
        fifty.statements() <= PAGE_BOUND,
        "a list of 50 ran " + fifty.statements() + ": " + fifty.sql());
    assertEquals(one.statements(), fifty.statements(), fifty.sql().toString());
    report("statements per member list of " + PAGE, fifty.statements());
  }

  @Test
  @DisplayName("R-REQ-10 loading a request costs the same few statements however long its timeline")
  void requestLoadCostIsConstant() {
    HelpRequest small = HelpRequests.submitted(member, clock);
    HelpRequest large = HelpRequests.acceptedWithSolutions(member, clock, clock.today(), 10);
    saveAll(List.of(small, large));

    Counted<Optional<HelpRequest>> smallLoad = counted(r -> r.findById(small.id()));
    Counted<Optional<HelpRequest>> largeLoad = counted(r -> r.findById(large.id()));

    assertEquals(32, largeLoad.result().orElseThrow().timeline().size());
    assertEquals(10, largeLoad.result().orElseThrow().solutions().size());
    assertTrue(
        largeLoad.statements() <= REQUEST_BOUND,
        "loading a request ran " + largeLoad.statements() + ": " + largeLoad.sql());
    assertEquals(smallLoad.statements(), largeLoad.statements(), largeLoad.sql().toString());
    report("statements per request load", largeLoad.statements());
  }

  @Test
  @DisplayName(
      "R-MEM-3 loading a member costs the same few statements whatever the size of its profile"
          + " and histories")
  void memberLoadCostIsConstant() {
    Member bare = Members.aMember("grace.hopper@example.org", clock.instant());
    Member full = Members.aMember("katherine.johnson@example.org", clock.instant());
    List<String> entries =
        IntStream.range(0, Profile.ENTRIES_MAX).mapToObj(i -> "Skill number " + i).toList();
    Profile largest = new Profile(entries, entries, entries, true);
    Profile notOffered = new Profile(entries, entries, entries, false);
    for (int i = 0; i < 10; i++) {
      full.describe(i % 2 == 0 ? largest : notOffered, "agent", tick().instant());
      full.changeVisibility(
          FieldGroup.PHOTO,
          i % 2 == 0 ? Visibility.MEMBERS : Visibility.SERVICE_ONLY,
          "agent",
          tick().instant());
    }
    full.changePhoto(Optional.of("photos/katherine.jpg"), "agent", tick().instant());
    db.run(
        unit -> {
          JpaMemberRepository members = unit.adapter(JpaMemberRepository.class);
          members.save(bare);
          members.save(full);
        });

    Counted<Optional<Member>> bareLoad =
        counted(JpaMemberRepository.class, r -> r.findById(bare.id()));
    Counted<Optional<Member>> fullLoad =
        counted(JpaMemberRepository.class, r -> r.findById(full.id()));
    Counted<Optional<Member>> fullByEmail =
        counted(JpaMemberRepository.class, r -> r.findByEmail("katherine.johnson@example.org"));

    Member read = fullLoad.result().orElseThrow();
    assertEquals(Members.state(full), Members.state(read));
    assertEquals(3 * Profile.ENTRIES_MAX, read.profile().entries().size());
    assertEquals(10, read.networkOfferHistory().size());
    assertEquals(14, read.consentHistory().size());
    assertTrue(bareLoad.result().orElseThrow().profile().isEmpty());
    assertEquals(full.id(), fullByEmail.result().orElseThrow().id());
    assertTrue(
        fullLoad.statements() <= MEMBER_BOUND,
        "loading a member ran " + fullLoad.statements() + ": " + fullLoad.sql());
    assertEquals(bareLoad.statements(), fullLoad.statements(), fullLoad.sql().toString());
    assertEquals(fullLoad.statements(), fullByEmail.statements(), fullByEmail.sql().toString());
    report("statements per member load", fullLoad.statements());
  }

  private TestClock tick() {
    return clock.advance(Duration.ofMinutes(1));
  }
}
