package org.clubaide.core.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.money.Money;
import org.clubaide.core.shared.DomainException;
import org.clubaide.core.testing.Actors;
import org.clubaide.core.testing.HelpRequests;
import org.clubaide.core.testing.MutableClock;

/**
 * Random sequences of lifecycle actions, with valid and invalid arguments, against one request.
 * After every step the request must still be consistent; a refused step must change nothing.
 */
class HelpRequestLifecyclePropertyTest {

  private static final MemberId REQUESTER = MemberId.newId();
  private static final Actor MEMBER = Actor.member("member@example.org", REQUESTER);
  private static final Actor AGENT = Actors.agent();

  /** Text arguments: valid, or wrong in one of the ways a user can get them wrong. */
  enum Text {
    VALID("Some words a person would type."),
    BLANK("   "),
    MISSING(null),
    TOO_LONG("x".repeat(SimpleSolution.CONTENT_MAX + 1));

    final String value;

    Text(String value) {
      this.value = value;
    }
  }

  /** Prices typed on a simple solution. */
  enum Price {
    NONE,
    ZERO,
    NON_ZERO;

    Optional<Money> value() {
      return switch (this) {
        case NONE -> Optional.empty();
        case ZERO -> Optional.of(Money.of("0", "EUR"));
        case NON_ZERO -> Optional.of(Money.of("19.99", "EUR"));
      };
    }
  }

  /** One step: a lifecycle action with its arguments, or time passing. */
  sealed interface Step {
    void apply(HelpRequest request, MutableClock clock);

    /** Whether the step is an action on the request, which adds an event when it succeeds. */
    default boolean isAction() {
      return true;
    }
  }

  /** A date given as days from today, or none. */
  private static LocalDate day(Integer offset, MutableClock clock) {
    return offset == null ? null : clock.today().plusDays(offset);
  }

  record Ask(Text question) implements Step {
    public void apply(HelpRequest r, MutableClock c) {
      r.askQuestion(AGENT, question.value, c);
    }
  }

  record Answer(Text answer) implements Step {
    public void apply(HelpRequest r, MutableClock c) {
      r.answerQuestion(MEMBER, answer.value, c);
    }
  }

  record AgreeDecisionDate(Integer inDays) implements Step {
    public void apply(HelpRequest r, MutableClock c) {
      r.agreeDecisionDate(AGENT, day(inDays, c), c);
    }
  }

  record Accept(AcceptanceRoute route, boolean immediate, Integer inDays) implements Step {
    public void apply(HelpRequest r, MutableClock c) {
      SolutionDeadline deadline =
          immediate
              ? SolutionDeadline.immediate(c.today())
              : inDays == null ? null : SolutionDeadline.fixed(day(inDays, c));
      r.accept(AGENT, route, deadline, c);
    }
  }

  record Decline(Text reason) implements Step {
    public void apply(HelpRequest r, MutableClock c) {
      r.decline(AGENT, reason.value, c);
    }
  }

  record MoveDeadline(Integer inDays, Text reason) implements Step {
    public void apply(HelpRequest r, MutableClock c) {
      r.moveDeadline(AGENT, day(inDays, c), reason.value, c);
    }
  }

  record Propose(Text title, Text content, Price price) implements Step {
    public void apply(HelpRequest r, MutableClock c) {
      r.proposeSimpleSolution(AGENT, title.value, content.value, price.value(), c);
    }
  }

  record Withdraw(WithdrawalReason reason) implements Step {
    public void apply(HelpRequest r, MutableClock c) {
      r.withdraw(MEMBER, reason, c);
    }
  }

  record Postpone(Integer inDays, Text reason) implements Step {
    public void apply(HelpRequest r, MutableClock c) {
      r.postpone(MEMBER, day(inDays, c), reason.value, c);
    }
  }

  record Resume() implements Step {
    public void apply(HelpRequest r, MutableClock c) {
      r.resume(AGENT, c);
    }
  }

  record Close(Satisfaction satisfaction, Text comment) implements Step {
    public void apply(HelpRequest r, MutableClock c) {
      r.close(MEMBER, satisfaction, comment.value, c);
    }
  }

  record Wait(int days) implements Step {
    public void apply(HelpRequest r, MutableClock c) {
      c.advanceDays(days);
    }

    @Override
    public boolean isAction() {
      return false;
    }
  }

  private static Arbitrary<Text> texts() {
    return Arbitraries.frequency(
        Tuple.of(6, Text.VALID),
        Tuple.of(1, Text.BLANK),
        Tuple.of(1, Text.MISSING),
        Tuple.of(1, Text.TOO_LONG));
  }

  /** Mostly valid days (today or later), sometimes past, sometimes missing. */
  private static Arbitrary<Integer> days() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.integers().between(0, 30)),
        Tuple.of(2, Arbitraries.integers().between(-5, -1)),
        Tuple.of(1, Arbitraries.just(null)));
  }

  private static <T> Arbitrary<T> orNull(Arbitrary<T> values) {
    return values.injectNull(0.15);
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step =
        Arbitraries.frequencyOf(
            Tuple.of(3, texts().map(Ask::new)),
            Tuple.of(3, texts().map(Answer::new)),
            Tuple.of(2, days().map(AgreeDecisionDate::new)),
            Tuple.of(
                5,
                Combinators.combine(
                        Arbitraries.of(AcceptanceRoute.class), Arbitraries.of(true, false), days())
                    .as(Accept::new)),
            Tuple.of(1, texts().map(Decline::new)),
            Tuple.of(2, Combinators.combine(days(), texts()).as(MoveDeadline::new)),
            Tuple.of(
                6,
                Combinators.combine(
                        texts(),
                        texts(),
                        Arbitraries.frequency(
                            Tuple.of(4, Price.NONE),
                            Tuple.of(2, Price.ZERO),
                            Tuple.of(1, Price.NON_ZERO)))
                    .as(Propose::new)),
            Tuple.of(1, orNull(Arbitraries.of(WithdrawalReason.class)).map(Withdraw::new)),
            Tuple.of(2, Combinators.combine(days(), texts()).as(Postpone::new)),
            Tuple.of(2, Arbitraries.just(new Resume())),
            Tuple.of(
                5,
                Combinators.combine(orNull(Arbitraries.of(Satisfaction.class)), texts())
                    .as(Close::new)),
            Tuple.of(3, Arbitraries.integers().between(0, 10).map(Wait::new)));
    return step.list().ofMaxSize(30);
  }

  @Property(tries = 400)
  @StatisticsReport(onFailureOnly = true)
  @Label(
      "R-REQ-10 no sequence of lifecycle actions leaves a request inconsistent, and a refused"
          + " action changes nothing")
  void anySequenceKeepsTheRequestConsistent(@ForAll("steps") List<Step> steps) {
    MutableClock clock = MutableClock.atServiceStart();
    HelpRequest request = HelpRequests.submitted(REQUESTER, clock);
    assertConsistent(request, clock);
    int refusals = 0;
    Set<RequestStatus> reached = EnumSet.of(request.status());

    for (Step step : steps) {
      int eventsBefore = request.timeline().size();
      HelpRequest.Snapshot before = request.snapshot();
      try {
        step.apply(request, clock);
        assertEquals(
            eventsBefore + (step.isAction() ? 1 : 0),
            request.timeline().size(),
            step + " succeeded: exactly one event per action");
      } catch (RuntimeException refused) {
        refusals++;
        assertInstanceOf(DomainException.class, refused, step + " threw " + refused);
        assertEquals(before, request.snapshot(), step + " was refused yet changed the request");
      }
      assertConsistent(request, clock);
      reached.add(request.status());
    }

    Statistics.label("refused steps").collect(refusals == 0 ? "none" : "some");
    for (RequestStatus status : reached) {
      Statistics.label("statuses reached").collect(status);
    }
    // Guard against a generator that never reaches part of the lifecycle.
    Statistics.label("statuses reached")
        .coverage(
            checker -> {
              for (RequestStatus status : RequestStatus.values()) {
                checker.check(status).count(count -> count >= 3);
              }
            });
  }

  private static void assertConsistent(HelpRequest request, MutableClock clock) {
    RequestStatus status = request.status();
    String where = status + " " + request.timeline();

    assertEquals(
        !status.isOpen(), request.nextDeadline().isEmpty(), "terminal <=> no deadline: " + where);
    assertEquals(
        status == RequestStatus.POSTPONED,
        request.postponedUntil().isPresent(),
        "POSTPONED <=> postponedUntil: " + where);
    assertEquals(
        status == RequestStatus.POSTPONED,
        request.snapshot().statusBeforePostponement() != null,
        "POSTPONED <=> a status to resume to: " + where);
    assertEquals(
        status == RequestStatus.CLOSED,
        request.satisfaction().isPresent(),
        "CLOSED <=> satisfaction: " + where);
    if (status == RequestStatus.ACCEPTED) {
      assertTrue(request.solutionDeadline().isPresent(), "ACCEPTED => solution deadline: " + where);
    }
    if (status == RequestStatus.CLOSED) {
      assertFalse(request.solutions().isEmpty(), "CLOSED => a solution was proposed: " + where);
    }
    assertEquals(
        request.solutions().size(),
        request.timeline().stream().filter(RequestEvent.SolutionProposed.class::isInstance).count(),
        "one event per solution: " + where);
    assertInstanceOf(RequestEvent.Submitted.class, request.timeline().get(0));
    for (int i = 1; i < request.timeline().size(); i++) {
      assertFalse(
          request
              .timeline()
              .get(i)
              .occurredAt()
              .isBefore(request.timeline().get(i - 1).occurredAt()),
          "timeline in order: " + where);
    }
    assertTrue(request.openQuestions() >= 0);
    assertEquals(
        request.isOverdue(clock), RequestSummary.of(request).isOverdue(clock), "summary agrees");
    if (status != RequestStatus.POSTPONED) {
      assertFalse(request.isDueAgain(clock), "only a postponed request is due again: " + where);
    }
  }
}
