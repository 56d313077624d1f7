package org.clubaide.persistence.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.request.AcceptanceRoute;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.QueueCursor;
import org.clubaide.core.request.RequestEvent;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.RequestSummary;
import org.clubaide.core.request.RequesterCursor;
import org.clubaide.core.request.SolutionDeadline;
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
 * What {@link JpaHelpRequestRepository} keeps of a request (every field, every timeline event,
 * every solution) and how it lists them: the agent queue by next deadline with keyset pages, a
 * member's requests newest first.
 */
abstract class HelpRequestRepositoryContract extends DatabaseContract {

  private final TestClock clock = TestClock.atServiceStart();
  private MemberId member;

  HelpRequestRepositoryContract(Database target) {
    super(target);
  }

  @BeforeEach
  void registerMember() {
    member = savedMember("ada.lovelace@example.org");
  }

  private MemberId savedMember(String email) {
    Member m = Members.aMember(email, clock.instant());
    db.run(unit -> unit.adapter(JpaMemberRepository.class).save(m));
    return m.id();
  }

  private HelpRequest saved(HelpRequest request) {
    db.run(unit -> unit.adapter(JpaHelpRequestRepository.class).save(request));
    return request;
  }

  private HelpRequest reloaded(RequestId id) {
    return db.inTransaction(unit -> unit.adapter(JpaHelpRequestRepository.class).findById(id))
        .orElseThrow();
  }

  /** Reloads the request, applies one verb and saves it in a unit of work of its own. */
  private HelpRequest changed(RequestId id, Consumer<HelpRequest> verb) {
    HelpRequest request = reloaded(id);
    verb.accept(request);
    return saved(request);
  }

  private List<RequestSummary> queuePage(Optional<QueueCursor> after, int limit) {
    return db.inTransaction(
        unit -> unit.adapter(JpaHelpRequestRepository.class).openByNextDeadline(after, limit));
  }

  @Test
  @DisplayName("R-REQ-10 every field and every type of timeline event reads back unchanged")
  void everyEventTypeRoundTrips() {
    List<HelpRequest> requests =
        List.of(
            HelpRequests.closedAfterFullLifecycle(member, clock),
            HelpRequests.declined(member, clock),
            HelpRequests.withdrawnAfterImmediateAcceptance(member, clock));
    requests.forEach(this::saved);

    for (HelpRequest request : requests) {
      HelpRequest read = reloaded(request.id());
      assertEquals(HelpRequests.state(request), HelpRequests.state(read));
      assertEquals(1, read.version());
      assertTrue(read.newEvents().isEmpty(), "a loaded request has no new event");
    }
    Set<String> covered =
        requests.stream()
            .flatMap(r -> r.timeline().stream())
            .map(e -> e.getClass().getSimpleName())
            .collect(Collectors.toSet());
    Set<String> all =
        Arrays.stream(RequestEvent.class.getPermittedSubclasses())
            .map(Class::getSimpleName)
            .collect(Collectors.toSet());
    assertEquals(all, covered, "the fixtures must produce every type of event");
  }

  @Test
  @DisplayName("R-REQ-10 events added in later units of work follow the stored ones, in order")
  void eventsAppendAcrossUnitsOfWork() {
    HelpRequest request = saved(HelpRequests.submitted(member, clock));
    RequestId id = request.id();
    LocalDate today = clock.today();

    changed(id, r -> r.askQuestion(HelpRequests.AGENT, "Which month?", tick()));
    changed(id, r -> r.answerQuestion(HelpRequests.memberActor(member), "March.", tick()));
    changed(
        id,
        r ->
            r.accept(
                HelpRequests.AGENT,
                AcceptanceRoute.INTERNAL,
                SolutionDeadline.fixed(today.plusDays(7)),
                tick()));
    changed(
        id,
        r ->
            r.proposeSimpleSolution(
                HelpRequests.AGENT, "Template", "See the template.", Optional.empty(), tick()));
    HelpRequest last =
        changed(
            id,
            r ->
                r.proposeSimpleSolution(
                    HelpRequests.AGENT, "Advisor", "Call the advisor.", Optional.empty(), tick()));

    HelpRequest read = reloaded(id);

    assertEquals(HelpRequests.state(last), HelpRequests.state(read));
    assertEquals(6, read.timeline().size());
    assertEquals(2, read.solutions().size());
    assertEquals(6, read.version(), "one version per save");
  }

  @Test
  @DisplayName("nothing is found for an unknown request")
  void unknownRequest() {
    saved(HelpRequests.submitted(member, clock));

    assertTrue(
        db.inTransaction(
                unit -> unit.adapter(JpaHelpRequestRepository.class).findById(RequestId.newId()))
            .isEmpty());
  }

  @Test
  @DisplayName(
      "R-REQ-4 R-REQ-6 the agent queue lists open requests by next deadline then identifier, page"
          + " after page, ties included")
  void queueKeysetPaging() {
    LocalDate today = clock.today();
    List<HelpRequest> open = new ArrayList<>();
    // Ties: three requests due in 3 days, four in 5 days, three in 9 days, of every open status.
    for (int i = 0; i < 3; i++) {
      open.add(saved(HelpRequests.submitted(member, clock, today.plusDays(3))));
    }
    open.add(saved(HelpRequests.acceptedWithSolutions(member, clock, today.plusDays(5), 1)));
    open.add(saved(HelpRequests.acceptedWithSolutions(member, clock, today.plusDays(5), 0)));
    open.add(saved(HelpRequests.submitted(member, clock, today.plusDays(5))));
    HelpRequest postponed = HelpRequests.submitted(member, clock, today.plusDays(1));
    postponed.postpone(HelpRequests.memberActor(member), today.plusDays(5), "", tick());
    open.add(saved(postponed));
    HelpRequest decisionAgreed = HelpRequests.submitted(member, clock, today.plusDays(30));
    decisionAgreed.agreeDecisionDate(HelpRequests.AGENT, today.plusDays(9), tick());
    open.add(saved(decisionAgreed));
    open.add(saved(HelpRequests.submitted(member, clock, today.plusDays(9))));
    open.add(saved(HelpRequests.submitted(member, clock, today.plusDays(9))));
    open.add(saved(HelpRequests.submitted(member, clock, today.plusDays(12))));
    // Finished requests never reach the queue.
    saved(HelpRequests.declined(member, clock));
    saved(HelpRequests.withdrawnAfterImmediateAcceptance(member, clock));
    saved(HelpRequests.closedAfterFullLifecycle(member, clock));
    List<RequestSummary> expected =
        open.stream()
            .map(RequestSummary::of)
            .sorted(
                Comparator.comparing((RequestSummary s) -> s.nextDeadline().orElseThrow())
                    .thenComparing(s -> s.id().toString()))
            .toList();

    List<List<RequestSummary>> pages = new ArrayList<>();
    Optional<QueueCursor> cursor = Optional.empty();
    List<RequestSummary> page;
    do {
      page = queuePage(cursor, 3);
      pages.add(page);
      cursor = page.isEmpty() ? cursor : Optional.of(QueueCursor.after(page.get(page.size() - 1)));
    } while (!page.isEmpty());

    assertEquals(List.of(3, 3, 3, 2, 0), pages.stream().map(List::size).toList());
    assertEquals(expected, pages.stream().flatMap(List::stream).toList());
  }

  @Test
  @DisplayName(
      "R-REQ-4 R-REQ-6 a queue page that starts inside a group of equal deadlines skips none of it")
  void queueCursorInsideTies() {
    LocalDate due = clock.today().plusDays(4);
    List<RequestSummary> tied =
        Stream.generate(() -> saved(HelpRequests.submitted(member, clock, due)))
            .limit(5)
            .map(RequestSummary::of)
            .sorted(Comparator.comparing(s -> s.id().toString()))
            .toList();

    List<RequestSummary> rest = queuePage(Optional.of(new QueueCursor(due, tied.get(1).id())), 10);

    assertEquals(tied.subList(2, 5), rest);
  }

  @Test
  @DisplayName("a member's requests come newest first, others' requests never")
  void byRequesterNewestFirst() {
    MemberId other = savedMember("grace.hopper@example.org");
    List<HelpRequest> mine = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      mine.add(saved(HelpRequests.submitted(member, tick())));
      saved(HelpRequests.submitted(other, clock));
    }
    List<RequestSummary> newestFirst =
        mine.stream().map(RequestSummary::of).collect(Collectors.toCollection(ArrayList::new));
    Collections.reverse(newestFirst);

    List<RequestSummary> all =
        db.inTransaction(
            unit -> unit.adapter(JpaHelpRequestRepository.class).byRequester(member, 10));
    List<RequestSummary> firstThree =
        db.inTransaction(
            unit -> unit.adapter(JpaHelpRequestRepository.class).byRequester(member, 3));

    assertEquals(newestFirst, all);
    assertEquals(newestFirst.subList(0, 3), firstThree);
  }

  @Test
  @DisplayName("a member's requests page by keyset, newest first, ties by id, none missed or repeated")
  void byRequesterKeysetPaging() {
    List<HelpRequest> mine = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      mine.add(saved(HelpRequests.submitted(member, tick())));
    }
    for (int i = 0; i < 3; i++) {
      mine.add(saved(HelpRequests.submitted(member, clock))); // three at the same instant
    }
    List<RequestSummary> expected =
        mine.stream()
            .map(RequestSummary::of)
            .sorted(
                Comparator.comparing(RequestSummary::submittedAt)
                    .reversed()
                    .thenComparing(s -> s.id().toString()))
            .toList();

    List<RequestSummary> walked = new ArrayList<>();
    Optional<RequesterCursor> after = Optional.empty();
    for (int page = 0; page < 10; page++) {
      Optional<RequesterCursor> cursor = after;
      List<RequestSummary> next =
          db.inTransaction(
              unit ->
                  unit.adapter(JpaHelpRequestRepository.class).byRequester(member, cursor, 3));
      walked.addAll(next);
      if (next.size() < 3) {
        break;
      }
      after = Optional.of(RequesterCursor.after(next.get(next.size() - 1)));
    }

    assertEquals(expected, walked);
  }

  private TestClock tick() {
    return clock.advance(Duration.ofMinutes(1));
  }
}
