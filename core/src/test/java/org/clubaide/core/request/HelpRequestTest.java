package org.clubaide.core.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.money.Money;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.IllegalTransitionException;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.core.testing.Actors;
import org.clubaide.core.testing.HelpRequests;
import org.clubaide.core.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The help-request aggregate on its own: each verb, its rule, and what it leaves behind. */
class HelpRequestTest {

  private final MutableClock clock = MutableClock.atServiceStart();
  private final LocalDate today = clock.today();
  private final MemberId requester = MemberId.newId();
  private final Actor member = Actor.member("ada@example.org", requester);
  private final Actor agent = Actors.agent();

  private HelpRequest submit(
      String title, String description, Set<KindOfHelp> kinds, LocalDate by) {
    return HelpRequest.submit(requester, Channel.WEB, member, title, description, kinds, by, clock);
  }

  private HelpRequest submitted() {
    return HelpRequests.submitted(requester, clock);
  }

  private HelpRequest accepted(LocalDate solutionDueOn) {
    HelpRequest request = submitted();
    request.accept(agent, AcceptanceRoute.INTERNAL, SolutionDeadline.fixed(solutionDueOn), clock);
    return request;
  }

  private void proposeFreeSolution(HelpRequest request) {
    request.proposeSimpleSolution(
        agent, "A free template", "See the chamber of commerce site.", Optional.empty(), clock);
  }

  private static <T extends RequestEvent> T lastEvent(HelpRequest request, Class<T> type) {
    List<RequestEvent> timeline = request.timeline();
    return assertInstanceOf(type, timeline.get(timeline.size() - 1));
  }

  @Nested
  class Submitting {

    @Test
    @DisplayName(
        "R-REQ-1 a request records its requester, channel and every kind of help asked for")
    void requestRecordsWhatWasAsked() {
      Set<KindOfHelp> kinds = EnumSet.of(KindOfHelp.LISTENING, KindOfHelp.DOCUMENT);
      HelpRequest request = submit("Title", "Description", kinds, today.plusDays(5));

      assertEquals(requester, request.requester());
      assertEquals(Channel.WEB, request.channel());
      assertEquals(kinds, request.kinds());
      assertEquals(RequestStatus.SUBMITTED, request.status());
      assertEquals(clock.instant(), request.submittedAt());
      assertEquals(today.plusDays(5), request.neededBy());
    }

    @ParameterizedTest
    @EnumSource(KindOfHelp.class)
    @DisplayName("R-REQ-1 each kind of help can be asked for on its own")
    void eachKindOfHelpIsAccepted(KindOfHelp kind) {
      HelpRequest request = submit("Title", "Description", Set.of(kind), today);

      assertEquals(Set.of(kind), request.kinds());
    }

    @Test
    @DisplayName("R-REQ-1 a request that asks for no kind of help is refused")
    void noKindOfHelpIsRefused() {
      Set<KindOfHelp> none = Set.of();
      RuleViolationException refused =
          assertThrows(RuleViolationException.class, () -> submit("Title", "Desc", none, today));

      assertEquals("R-REQ-1", refused.rule());
      assertEquals("kinds", refused.field());
      assertThrows(RuleViolationException.class, () -> submit("Title", "Desc", null, today));
    }

    @Test
    @DisplayName("R-REQ-2 title and description are kept trimmed")
    void textIsTrimmed() {
      HelpRequest request =
          submit("  Title  ", "\n Description \t", Set.of(KindOfHelp.HELP), today);

      assertEquals("Title", request.title());
      assertEquals("Description", request.description());
    }

    @Test
    @DisplayName("R-REQ-2 a title of 120 characters and a description of 2000 are accepted")
    void textAtTheLimitIsAccepted() {
      String title = "t".repeat(HelpRequest.TITLE_MAX);
      String description = "d".repeat(HelpRequest.DESCRIPTION_MAX);

      HelpRequest request = submit(title, description, Set.of(KindOfHelp.HELP), today);

      assertEquals(title, request.title());
      assertEquals(description, request.description());
    }

    @Test
    @DisplayName(
        "R-REQ-2 a title over 120 characters is refused with the limit and the length given")
    void titleOverTheLimitIsRefused() {
      String title = "t".repeat(HelpRequest.TITLE_MAX + 1);
      RuleViolationException refused =
          assertThrows(
              RuleViolationException.class,
              () -> submit(title, "Desc", Set.of(KindOfHelp.HELP), today));

      assertEquals("R-REQ-2", refused.rule());
      assertEquals("title", refused.field());
      assertEquals("The title is limited to 120 characters (121 given).", refused.getMessage());
    }

    @Test
    @DisplayName(
        "R-REQ-2 a description over 2000 characters is refused with the limit and the length given")
    void descriptionOverTheLimitIsRefused() {
      String description = "d".repeat(HelpRequest.DESCRIPTION_MAX + 1);
      RuleViolationException refused =
          assertThrows(
              RuleViolationException.class,
              () -> submit("Title", description, Set.of(KindOfHelp.HELP), today));

      assertEquals("description", refused.field());
      assertEquals(
          "The description is limited to 2000 characters (2001 given).", refused.getMessage());
    }

    @Test
    @DisplayName("R-REQ-2 a blank title or description is refused as missing")
    void blankTextIsRefused() {
      Set<KindOfHelp> kinds = Set.of(KindOfHelp.HELP);
      RuleViolationException noTitle =
          assertThrows(RuleViolationException.class, () -> submit(" ", "Desc", kinds, today));
      RuleViolationException noDescription =
          assertThrows(RuleViolationException.class, () -> submit("Title", null, kinds, today));

      assertEquals("The title is required.", noTitle.getMessage());
      assertEquals("The description is required.", noDescription.getMessage());
    }

    @Test
    @DisplayName("R-REQ-2 a request without a needed-by date is refused with a clear message")
    void missingDateIsRefused() {
      Set<KindOfHelp> kinds = Set.of(KindOfHelp.HELP);
      RuleViolationException refused =
          assertThrows(RuleViolationException.class, () -> submit("Title", "Desc", kinds, null));

      assertEquals("R-REQ-2", refused.rule());
      assertEquals("neededBy", refused.field());
      assertEquals("The date by which help is needed is required.", refused.getMessage());
    }

    @Test
    @DisplayName("R-REQ-2 a needed-by date in the past is refused with a clear message")
    void pastDateIsRefused() {
      Set<KindOfHelp> kinds = Set.of(KindOfHelp.HELP);
      LocalDate yesterday = today.minusDays(1);
      RuleViolationException refused =
          assertThrows(
              RuleViolationException.class, () -> submit("Title", "Desc", kinds, yesterday));

      assertEquals("neededBy", refused.field());
      assertEquals(
          "The date by which help is needed (2025-03-09) is in the past; choose today or a later"
              + " day.",
          refused.getMessage());
    }

    @Test
    @DisplayName("R-REQ-2 help needed today is accepted")
    void todayIsAccepted() {
      HelpRequest request = submit("Title", "Desc", Set.of(KindOfHelp.HELP), today);

      assertEquals(Optional.of(today), request.nextDeadline());
    }

    @Test
    @DisplayName("R-REQ-2 today is the calendar day in the Service's zone, not in UTC")
    void todayIsTheServiceDay() {
      // 23:30 UTC on 10 March is already 11 March in Paris.
      MutableClock lateEvening =
          MutableClock.at(Instant.parse("2025-03-10T23:30:00Z"), ZoneId.of("Europe/Paris"));
      Set<KindOfHelp> kinds = Set.of(KindOfHelp.HELP);
      LocalDate utcDay = LocalDate.of(2025, 3, 10);

      assertThrows(
          RuleViolationException.class,
          () ->
              HelpRequest.submit(
                  requester, Channel.WEB, member, "T", "D", kinds, utcDay, lateEvening));
    }

    @Test
    @DisplayName(
        "R-REQ-10 a new request's timeline starts with its submission: who, when, channel, date")
    void submissionStartsTheTimeline() {
      HelpRequest request =
          HelpRequest.submit(
              requester,
              Channel.PHONE,
              agent,
              "Title",
              "Desc",
              Set.of(KindOfHelp.FOLLOW_UP),
              today.plusDays(3),
              clock);

      RequestEvent.Submitted submitted =
          assertInstanceOf(RequestEvent.Submitted.class, request.timeline().get(0));
      assertEquals(1, request.timeline().size());
      assertEquals(request.id(), submitted.requestId());
      assertEquals(clock.instant(), submitted.occurredAt());
      assertEquals("agent@clubaide.invalid", submitted.actor());
      assertTrue(submitted.byService());
      assertEquals(Channel.PHONE, submitted.channel());
      assertEquals(today.plusDays(3), submitted.neededBy());
      assertTrue(request.isNew());
      assertEquals(request.timeline(), request.newEvents());
    }
  }

  @Nested
  class Questions {

    @Test
    @DisplayName("R-REQ-3 the Service's question is open until the member answers it")
    void questionIsOpenUntilAnswered() {
      HelpRequest request = submitted();

      request.askQuestion(agent, "Which month does your fiscal year start?", clock);
      assertEquals(1, request.openQuestions());

      request.answerQuestion(member, "January.", clock);
      assertEquals(0, request.openQuestions());
    }

    @Test
    @DisplayName("R-REQ-3 question and answer appear in the thread with their text and author")
    void questionAndAnswerAreInTheThread() {
      HelpRequest request = submitted();

      request.askQuestion(agent, "  Which month?  ", clock);
      request.answerQuestion(member, "January.", clock);

      var asked = assertInstanceOf(RequestEvent.QuestionAsked.class, request.timeline().get(1));
      var answered =
          assertInstanceOf(RequestEvent.QuestionAnswered.class, request.timeline().get(2));
      assertEquals("Which month?", asked.question());
      assertTrue(asked.byService());
      assertEquals("January.", answered.answer());
      assertEquals("ada@example.org", answered.actor());
      assertFalse(answered.byService());
    }

    @Test
    @DisplayName("R-REQ-3 an answer without an open question is refused")
    void answerWithoutQuestionIsRefused() {
      HelpRequest request = submitted();

      RuleViolationException refused =
          assertThrows(
              RuleViolationException.class, () -> request.answerQuestion(member, "Hi", clock));

      assertEquals("R-REQ-3", refused.rule());
      assertEquals("The Service has no open question on this request.", refused.getMessage());
      assertEquals(1, request.timeline().size());
    }

    @Test
    @DisplayName("R-REQ-3 once every question is answered a further answer is refused")
    void extraAnswerIsRefused() {
      HelpRequest request = submitted();
      request.askQuestion(agent, "First?", clock);
      request.askQuestion(agent, "Second?", clock);
      request.answerQuestion(member, "One", clock);
      assertEquals(1, request.openQuestions());
      request.answerQuestion(member, "Two", clock);

      assertThrows(
          RuleViolationException.class, () -> request.answerQuestion(member, "Three", clock));
      assertEquals(0, request.openQuestions());
    }

    @Test
    @DisplayName("R-REQ-3 a blank question or answer is refused")
    void blankQuestionOrAnswerIsRefused() {
      HelpRequest request = submitted();

      RuleViolationException noQuestion =
          assertThrows(RuleViolationException.class, () -> request.askQuestion(agent, " ", clock));
      request.askQuestion(agent, "Which month?", clock);
      RuleViolationException noAnswer =
          assertThrows(
              RuleViolationException.class, () -> request.answerQuestion(member, "", clock));

      assertEquals("The question is required.", noQuestion.getMessage());
      assertEquals("The answer is required.", noAnswer.getMessage());
    }

    @Test
    @DisplayName("R-REQ-3 a question over 1000 characters is refused")
    void longQuestionIsRefused() {
      HelpRequest request = submitted();
      String question = "q".repeat(HelpRequest.NOTE_MAX + 1);

      RuleViolationException refused =
          assertThrows(
              RuleViolationException.class, () -> request.askQuestion(agent, question, clock));

      assertEquals("question", refused.field());
    }

    @Test
    @DisplayName("R-REQ-3 questions can still be asked and answered after acceptance")
    void questionsContinueAfterAcceptance() {
      HelpRequest request = accepted(today.plusDays(7));

      request.askQuestion(agent, "Which format?", clock);
      request.answerQuestion(member, "A spreadsheet.", clock);

      assertEquals(0, request.openQuestions());
      assertEquals(4, request.timeline().size());
    }
  }

  @Nested
  class Decision {

    @ParameterizedTest
    @EnumSource(AcceptanceRoute.class)
    @DisplayName("R-REQ-4 the Service accepts a request itself or through the network")
    void acceptanceRecordsTheRoute(AcceptanceRoute route) {
      HelpRequest request = submitted();

      request.accept(agent, route, SolutionDeadline.fixed(today.plusDays(3)), clock);

      assertEquals(RequestStatus.ACCEPTED, request.status());
      assertEquals(route, lastEvent(request, RequestEvent.Accepted.class).route());
    }

    @Test
    @DisplayName("R-REQ-4 the Service declines a request it is not competent for, with its reason")
    void declineRecordsTheReason() {
      HelpRequest request = submitted();

      request.decline(agent, "  Outside our field of competence.  ", clock);

      assertEquals(RequestStatus.DECLINED, request.status());
      RequestEvent.Declined declined = lastEvent(request, RequestEvent.Declined.class);
      assertEquals("Outside our field of competence.", declined.reason());
      assertEquals(agent.login(), declined.actor());
    }

    @Test
    @DisplayName("R-REQ-4 a decline may come without a reason")
    void declineWithoutReason() {
      HelpRequest request = submitted();

      request.decline(agent, null, clock);

      assertEquals("", lastEvent(request, RequestEvent.Declined.class).reason());
    }

    @Test
    @DisplayName("R-REQ-4 a decline reason over 1000 characters is refused")
    void longDeclineReasonIsRefused() {
      HelpRequest request = submitted();
      String reason = "r".repeat(HelpRequest.NOTE_MAX + 1);

      RuleViolationException refused =
          assertThrows(RuleViolationException.class, () -> request.decline(agent, reason, clock));

      assertEquals("reason", refused.field());
      assertEquals(RequestStatus.SUBMITTED, request.status());
    }

    @Test
    @DisplayName("R-REQ-4 an agreed decision date becomes the request's next deadline")
    void agreedDecisionDateIsTheNextDeadline() {
      HelpRequest request = submitted();

      request.agreeDecisionDate(agent, today.plusDays(4), clock);

      assertEquals(Optional.of(today.plusDays(4)), request.decisionDueOn());
      assertEquals(Optional.of(today.plusDays(4)), request.nextDeadline());
      assertEquals(
          today.plusDays(4),
          lastEvent(request, RequestEvent.DecisionDateAgreed.class).decisionDueOn());
    }

    @Test
    @DisplayName("R-REQ-4 without an agreed decision date the next deadline is the needed-by date")
    void neededByIsTheNextDeadlineUntilADateIsAgreed() {
      HelpRequest request = submitted();

      assertEquals(Optional.empty(), request.decisionDueOn());
      assertEquals(Optional.of(request.neededBy()), request.nextDeadline());
    }

    @Test
    @DisplayName("R-REQ-4 a decision date in the past or missing is refused")
    void pastDecisionDateIsRefused() {
      HelpRequest request = submitted();
      LocalDate yesterday = today.minusDays(1);

      RuleViolationException past =
          assertThrows(
              RuleViolationException.class,
              () -> request.agreeDecisionDate(agent, yesterday, clock));
      RuleViolationException missing =
          assertThrows(
              RuleViolationException.class, () -> request.agreeDecisionDate(agent, null, clock));

      assertEquals("R-REQ-4", past.rule());
      assertEquals("decisionDueOn", past.field());
      assertEquals("The decision date is required.", missing.getMessage());
    }

    @Test
    @DisplayName("R-REQ-7 an agreed decision date is not agreed again: it moves with a reason")
    void decisionDateIsAgreedOnce() {
      HelpRequest request = submitted();
      request.agreeDecisionDate(agent, today.plusDays(4), clock);
      LocalDate later = today.plusDays(9);

      RuleViolationException refused =
          assertThrows(
              RuleViolationException.class, () -> request.agreeDecisionDate(agent, later, clock));

      assertEquals("R-REQ-7", refused.rule());
      assertEquals(
          "A decision date is already agreed (2025-03-14); move it with a reason instead.",
          refused.getMessage());
      assertEquals(Optional.of(today.plusDays(4)), request.decisionDueOn());
    }

    @Test
    @DisplayName(
        "R-REQ-4 the request is not overdue on its agreed decision date, and is the day after")
    void overdueTheDayAfterTheDecisionDate() {
      HelpRequest request = submitted();
      request.agreeDecisionDate(agent, today.plusDays(2), clock);

      clock.advanceDays(2);
      assertFalse(request.isOverdue(clock));

      clock.advanceDays(1);
      assertTrue(request.isOverdue(clock));
      assertTrue(RequestSummary.of(request).isOverdue(clock));
    }

    @Test
    @DisplayName("R-REQ-4 overdue follows the Service's calendar day, from the injected clock")
    void overdueFollowsTheClockZone() {
      HelpRequest request = submitted();
      request.agreeDecisionDate(agent, today, clock);
      // 23:30 UTC on the agreed day is already the next day in the Service's zone.
      clock.setTo(today.atTime(23, 30).toInstant(ZoneOffset.UTC));

      assertTrue(request.isOverdue(clock));
      assertFalse(request.isOverdue(clock.withZone(ZoneId.of("UTC"))));
    }

    @Test
    @DisplayName(
        "R-REQ-4 a request without an agreed decision date is never overdue for a decision")
    void noAgreedDateNoOverdue() {
      HelpRequest request = submitted();

      clock.advanceDays(HelpRequests.NEEDED_IN_DAYS + 10);

      assertFalse(request.isOverdue(clock));
    }

    @Test
    @DisplayName("R-REQ-4 a decided request is no longer overdue for its decision date")
    void decisionEndsTheOverdue() {
      HelpRequest request = submitted();
      request.agreeDecisionDate(agent, today, clock);
      clock.advanceDays(3);
      assertTrue(request.isOverdue(clock));

      request.decline(agent, "Not competent", clock);

      assertFalse(request.isOverdue(clock));
      assertFalse(RequestSummary.of(request).isOverdue(clock));
    }

    @Test
    @DisplayName("R-REQ-5 a declined request is final: nothing more can be done to it")
    void declinedIsFinal() {
      HelpRequest request = submitted();
      request.decline(agent, "Not competent", clock);
      LocalDate later = today.plusDays(3);

      assertThrows(
          IllegalTransitionException.class,
          () -> request.withdraw(member, WithdrawalReason.SOLVED_ELSEWHERE, clock));
      assertThrows(
          IllegalTransitionException.class, () -> request.postpone(member, later, "", clock));
      assertThrows(
          IllegalTransitionException.class,
          () ->
              request.accept(agent, AcceptanceRoute.NETWORK, SolutionDeadline.fixed(later), clock));
      assertEquals(Optional.empty(), request.nextDeadline());
      assertFalse(request.status().isOpen());
    }
  }

  @Nested
  class SolutionDeadlines {

    @Test
    @DisplayName("R-REQ-6 an immediate solution deadline is today and says so")
    void immediateDeadline() {
      HelpRequest request = submitted();

      request.accept(agent, AcceptanceRoute.INTERNAL, SolutionDeadline.immediate(today), clock);

      assertEquals(Optional.of(new SolutionDeadline(today, true)), request.solutionDeadline());
      RequestEvent.Accepted accepted = lastEvent(request, RequestEvent.Accepted.class);
      assertTrue(accepted.immediate());
      assertEquals(today, accepted.solutionDueOn());
    }

    @Test
    @DisplayName("R-REQ-6 a fixed solution deadline becomes the next deadline")
    void fixedDeadline() {
      HelpRequest request = accepted(today.plusDays(12));

      assertEquals(
          Optional.of(SolutionDeadline.fixed(today.plusDays(12))), request.solutionDeadline());
      assertFalse(request.solutionDeadline().orElseThrow().immediate());
      assertEquals(Optional.of(today.plusDays(12)), request.nextDeadline());
    }

    @Test
    @DisplayName(
        "R-REQ-6 accepting without a solution deadline, or with one in the past, is refused")
    void deadlineIsRequiredAndNotPast() {
      HelpRequest request = submitted();
      SolutionDeadline past = SolutionDeadline.fixed(today.minusDays(1));

      RuleViolationException missing =
          assertThrows(
              RuleViolationException.class,
              () -> request.accept(agent, AcceptanceRoute.INTERNAL, null, clock));
      RuleViolationException inThePast =
          assertThrows(
              RuleViolationException.class,
              () -> request.accept(agent, AcceptanceRoute.INTERNAL, past, clock));

      assertEquals("Give the solution deadline.", missing.getMessage());
      assertEquals("R-REQ-6", inThePast.rule());
      assertEquals("solutionDueOn", inThePast.field());
      assertEquals(RequestStatus.SUBMITTED, request.status());
    }

    @Test
    @DisplayName(
        "R-REQ-6 an accepted request without any solution is overdue the day after its deadline")
    void overdueWithoutSolution() {
      HelpRequest request = accepted(today.plusDays(1));

      clock.advanceDays(1);
      assertFalse(request.isOverdue(clock));
      clock.advanceDays(1);
      assertTrue(request.isOverdue(clock));
      assertTrue(RequestSummary.of(request).isOverdue(clock));
    }

    @Test
    @DisplayName("R-REQ-6 a proposed solution ends the overdue state of the solution deadline")
    void solutionEndsTheOverdue() {
      HelpRequest request = accepted(today);
      clock.advanceDays(2);
      assertTrue(request.isOverdue(clock));

      proposeFreeSolution(request);

      assertFalse(request.isOverdue(clock));
      assertFalse(RequestSummary.of(request).isOverdue(clock));
    }
  }

  @Nested
  class MovingDeadlines {

    @Test
    @DisplayName("R-REQ-7 moving the decision date records which deadline, from, to and why")
    void moveDecisionDate() {
      HelpRequest request = submitted();
      request.agreeDecisionDate(agent, today.plusDays(2), clock);

      request.moveDeadline(agent, today.plusDays(6), "  Waiting for a partner's answer.  ", clock);

      RequestEvent.DeadlineMoved moved = lastEvent(request, RequestEvent.DeadlineMoved.class);
      assertEquals(DeadlineKind.DECISION, moved.kind());
      assertEquals(today.plusDays(2), moved.from());
      assertEquals(today.plusDays(6), moved.to());
      assertEquals("Waiting for a partner's answer.", moved.reason());
      assertEquals(Optional.of(today.plusDays(6)), request.decisionDueOn());
    }

    @Test
    @DisplayName(
        "R-REQ-7 moving the solution deadline of an immediate acceptance makes it a fixed date")
    void moveSolutionDeadline() {
      HelpRequest request = submitted();
      request.accept(agent, AcceptanceRoute.NETWORK, SolutionDeadline.immediate(today), clock);

      request.moveDeadline(agent, today.plusDays(5), "The expert is away this week.", clock);

      RequestEvent.DeadlineMoved moved = lastEvent(request, RequestEvent.DeadlineMoved.class);
      assertEquals(DeadlineKind.SOLUTION, moved.kind());
      assertEquals(today, moved.from());
      assertEquals(today.plusDays(5), moved.to());
      assertEquals(
          Optional.of(SolutionDeadline.fixed(today.plusDays(5))), request.solutionDeadline());
      assertEquals(Optional.of(today.plusDays(5)), request.nextDeadline());
    }

    @Test
    @DisplayName("R-REQ-7 a deadline cannot move without a reason")
    void reasonIsRequired() {
      HelpRequest request = accepted(today.plusDays(2));
      LocalDate later = today.plusDays(5);
      int before = request.timeline().size();

      RuleViolationException refused =
          assertThrows(
              RuleViolationException.class, () -> request.moveDeadline(agent, later, "  ", clock));

      assertEquals("R-REQ-7", refused.rule());
      assertEquals("reason", refused.field());
      assertEquals("The reason for the move is required.", refused.getMessage());
      assertEquals(before, request.timeline().size());
      assertEquals(today.plusDays(2), request.solutionDeadline().orElseThrow().dueOn());
    }

    @Test
    @DisplayName("R-REQ-7 a missed deadline can be moved to a later date after it passed")
    void missedDeadlineCanBeMoved() {
      HelpRequest request = accepted(today);
      clock.advanceDays(3);
      assertTrue(request.isOverdue(clock));

      request.moveDeadline(agent, clock.today().plusDays(2), "A partner fell ill.", clock);

      assertFalse(request.isOverdue(clock));
      assertEquals(today, lastEvent(request, RequestEvent.DeadlineMoved.class).from());
    }

    @Test
    @DisplayName("R-REQ-7 a deadline cannot move into the past, nor to the date it already has")
    void newDateMustBeNewAndNotPast() {
      HelpRequest request = accepted(today.plusDays(2));
      LocalDate yesterday = today.minusDays(1);
      LocalDate same = today.plusDays(2);

      RuleViolationException past =
          assertThrows(
              RuleViolationException.class,
              () -> request.moveDeadline(agent, yesterday, "Reason", clock));
      RuleViolationException unchanged =
          assertThrows(
              RuleViolationException.class,
              () -> request.moveDeadline(agent, same, "Reason", clock));
      RuleViolationException missing =
          assertThrows(
              RuleViolationException.class,
              () -> request.moveDeadline(agent, null, "Reason", clock));

      assertEquals("newDate", past.field());
      assertEquals("The new date is the same as the current one.", unchanged.getMessage());
      assertEquals("The new date is required.", missing.getMessage());
    }

    @Test
    @DisplayName("R-REQ-7 before a decision date is agreed there is no deadline to move")
    void nothingToMoveBeforeAgreement() {
      HelpRequest request = submitted();
      LocalDate later = today.plusDays(5);

      RuleViolationException refused =
          assertThrows(
              RuleViolationException.class,
              () -> request.moveDeadline(agent, later, "Reason", clock));

      assertEquals("No decision date is agreed yet: agree one first.", refused.getMessage());
    }

    @Test
    @DisplayName("R-REQ-7 every move stays in the timeline, so the member sees each one")
    void everyMoveIsKept() {
      HelpRequest request = accepted(today.plusDays(1));

      request.moveDeadline(agent, today.plusDays(3), "First delay", clock);
      request.moveDeadline(agent, today.plusDays(8), "Second delay", clock);

      List<RequestEvent.DeadlineMoved> moves =
          request.timeline().stream()
              .filter(RequestEvent.DeadlineMoved.class::isInstance)
              .map(RequestEvent.DeadlineMoved.class::cast)
              .toList();
      assertEquals(2, moves.size());
      assertEquals(today.plusDays(1), moves.get(0).from());
      assertEquals(moves.get(0).to(), moves.get(1).from());
      assertEquals(today.plusDays(8), moves.get(1).to());
    }
  }

  @Nested
  class WithdrawingAndPostponing {

    @ParameterizedTest
    @EnumSource(WithdrawalReason.class)
    @DisplayName(
        "R-REQ-8 the member withdraws a request that is solved elsewhere or no longer arises")
    void withdraw(WithdrawalReason reason) {
      HelpRequest request = accepted(today.plusDays(3));

      request.withdraw(member, reason, clock);

      assertEquals(RequestStatus.WITHDRAWN, request.status());
      assertEquals(reason, lastEvent(request, RequestEvent.Withdrawn.class).reason());
      assertEquals(Optional.empty(), request.nextDeadline());
    }

    @Test
    @DisplayName("R-REQ-8 a withdrawal without a reason is refused")
    void withdrawalNeedsAReason() {
      HelpRequest request = submitted();

      RuleViolationException refused =
          assertThrows(RuleViolationException.class, () -> request.withdraw(member, null, clock));

      assertEquals("Say why the request is withdrawn.", refused.getMessage());
      assertEquals(RequestStatus.SUBMITTED, request.status());
    }

    @Test
    @DisplayName(
        "R-REQ-8 a postponed request waits until its date, which becomes its next deadline")
    void postpone() {
      HelpRequest request = submitted();

      request.postpone(member, today.plusDays(20), "Busy season", clock);

      assertEquals(RequestStatus.POSTPONED, request.status());
      assertEquals(Optional.of(today.plusDays(20)), request.postponedUntil());
      assertEquals(Optional.of(today.plusDays(20)), request.nextDeadline());
      RequestEvent.Postponed postponed = lastEvent(request, RequestEvent.Postponed.class);
      assertEquals(today.plusDays(20), postponed.until());
      assertEquals("Busy season", postponed.reason());
    }

    @Test
    @DisplayName("R-REQ-8 a request can be postponed only to a later day, and a date is required")
    void postponementDateMustBeLater() {
      HelpRequest request = submitted();

      RuleViolationException toToday =
          assertThrows(
              RuleViolationException.class, () -> request.postpone(member, today, null, clock));
      RuleViolationException missing =
          assertThrows(
              RuleViolationException.class, () -> request.postpone(member, null, null, clock));

      assertEquals("A request can be postponed only to a later day.", toToday.getMessage());
      assertEquals("Give the date until which the request waits.", missing.getMessage());
      assertEquals(RequestStatus.SUBMITTED, request.status());
    }

    @Test
    @DisplayName("R-REQ-8 a postponed request is due again on its date, not before")
    void dueAgainOnItsDate() {
      HelpRequest request = submitted();
      request.postpone(member, today.plusDays(2), null, clock);

      clock.advanceDays(1);
      assertFalse(request.isDueAgain(clock));
      clock.advanceDays(1);
      assertTrue(request.isDueAgain(clock));
    }

    @Test
    @DisplayName("R-REQ-8 a request that is not postponed is never due again")
    void notPostponedIsNotDueAgain() {
      HelpRequest request = submitted();

      clock.advanceDays(100);

      assertFalse(request.isDueAgain(clock));
    }

    @Test
    @DisplayName("R-REQ-8 a resumed request returns to the status it had before the postponement")
    void resumeRestoresTheStatus() {
      HelpRequest submitted = submitted();
      HelpRequest accepted = accepted(today.plusDays(4));
      submitted.postpone(member, today.plusDays(2), null, clock);
      accepted.postpone(member, today.plusDays(2), null, clock);
      clock.advanceDays(2);

      submitted.resume(agent, clock);
      accepted.resume(agent, clock);

      assertEquals(RequestStatus.SUBMITTED, submitted.status());
      assertEquals(RequestStatus.ACCEPTED, accepted.status());
      assertEquals(Optional.empty(), accepted.postponedUntil());
      assertInstanceOf(
          RequestEvent.Resumed.class, accepted.timeline().get(accepted.timeline().size() - 1));
    }

    @Test
    @DisplayName("R-REQ-8 a postponed request can be withdrawn, which ends the postponement")
    void withdrawWhilePostponed() {
      HelpRequest request = submitted();
      request.postpone(member, today.plusDays(10), null, clock);

      request.withdraw(member, WithdrawalReason.NO_LONGER_ARISES, clock);

      assertEquals(RequestStatus.WITHDRAWN, request.status());
      assertEquals(Optional.empty(), request.postponedUntil());
      assertFalse(request.isDueAgain(clock.advanceDays(30)));
    }

    @Test
    @DisplayName("R-REQ-8 a postponed request is not overdue while it waits")
    void postponedIsNotOverdue() {
      HelpRequest request = accepted(today);
      request.postpone(member, today.plusDays(5), null, clock);

      clock.advanceDays(3);

      assertFalse(request.isOverdue(clock));
      assertFalse(RequestSummary.of(request).isOverdue(clock));
    }
  }

  @Nested
  class Closing {

    @ParameterizedTest
    @EnumSource(Satisfaction.class)
    @DisplayName("R-REQ-9 the member closes a request with how far it was solved")
    void closeWithSatisfaction(Satisfaction satisfaction) {
      HelpRequest request = HelpRequests.withSolution(clock);

      request.close(member, satisfaction, " Thanks ", clock);

      assertEquals(RequestStatus.CLOSED, request.status());
      assertEquals(Optional.of(satisfaction), request.satisfaction());
      RequestEvent.Closed closed = lastEvent(request, RequestEvent.Closed.class);
      assertEquals(satisfaction, closed.satisfaction());
      assertEquals("Thanks", closed.comment());
      assertFalse(closed.byService());
      assertEquals(Optional.empty(), request.nextDeadline());
    }

    @Test
    @DisplayName("R-REQ-9 a request cannot be closed before a solution was proposed")
    void notBeforeASolution() {
      HelpRequest request = accepted(today.plusDays(3));

      RuleViolationException refused =
          assertThrows(
              RuleViolationException.class,
              () -> request.close(member, Satisfaction.SOLVED, null, clock));

      assertEquals("R-REQ-9", refused.rule());
      assertTrue(refused.getMessage().contains("withdraw the request"), refused.getMessage());
      assertEquals(RequestStatus.ACCEPTED, request.status());
    }

    @Test
    @DisplayName(
        "R-REQ-9 R-SOL-5 a request whose member took an offer is closed without any simple"
            + " solution")
    void closedAfterAnAcceptedOffer() {
      HelpRequest request = accepted(today.plusDays(3));

      request.close(member, Satisfaction.PARTLY_SOLVED, "L'accompagnement a aidé.", true, clock);

      assertEquals(RequestStatus.CLOSED, request.status());
      assertEquals(Optional.of(Satisfaction.PARTLY_SOLVED), request.satisfaction());
      assertTrue(request.solutions().isEmpty());
    }

    @Test
    @DisplayName("R-REQ-9 closing without saying how far the problem is solved is refused")
    void satisfactionIsRequired() {
      HelpRequest request = HelpRequests.withSolution(clock);

      RuleViolationException refused =
          assertThrows(RuleViolationException.class, () -> request.close(member, null, "", clock));

      assertEquals("satisfaction", refused.field());
      assertEquals(Optional.empty(), request.satisfaction());
    }

    @Test
    @DisplayName("R-REQ-9 a closing comment over 1000 characters is refused")
    void longCommentIsRefused() {
      HelpRequest request = HelpRequests.withSolution(clock);
      String comment = "c".repeat(HelpRequest.NOTE_MAX + 1);

      RuleViolationException refused =
          assertThrows(
              RuleViolationException.class,
              () -> request.close(member, Satisfaction.PARTLY_SOLVED, comment, clock));

      assertEquals("comment", refused.field());
      assertEquals("The comment is limited to 1000 characters.", refused.getMessage());
    }

    @Test
    @DisplayName("R-REQ-9 a request still waiting for a decision cannot be closed")
    void submittedCannotBeClosed() {
      HelpRequest request = submitted();

      IllegalTransitionException refused =
          assertThrows(
              IllegalTransitionException.class,
              () -> request.close(member, Satisfaction.NOT_SOLVED, null, clock));

      assertEquals("SUBMITTED", refused.state());
      assertEquals("close", refused.action());
    }
  }

  @Nested
  class SimpleSolutions {

    @Test
    @DisplayName("R-SOL-1 a simple solution with a non-zero price is refused and nothing is added")
    void pricedSolutionIsRefused() {
      HelpRequest request = accepted(today.plusDays(3));
      Optional<Money> price = Optional.of(Money.of("49.90", "EUR"));
      int before = request.timeline().size();

      RuleViolationException refused =
          assertThrows(
              RuleViolationException.class,
              () -> request.proposeSimpleSolution(agent, "Template", "Text", price, clock));

      assertEquals("R-SOL-1", refused.rule());
      assertEquals("price", refused.field());
      assertTrue(refused.getMessage().contains("49.90 EUR"), refused.getMessage());
      assertTrue(request.solutions().isEmpty());
      assertEquals(before, request.timeline().size());
    }

    @Test
    @DisplayName("R-SOL-1 a simple solution with a zero price is accepted as free")
    void zeroPriceIsAccepted() {
      HelpRequest request = accepted(today.plusDays(3));

      SolutionId id =
          request.proposeSimpleSolution(
              agent, "Template", "Text", Optional.of(Money.of("0", "EUR")), clock);

      assertEquals(id, request.solutions().get(0).id());
      RequestEvent.SolutionProposed proposed =
          lastEvent(request, RequestEvent.SolutionProposed.class);
      assertEquals(id, proposed.solutionId());
      assertEquals("Template", proposed.title());
    }

    @Test
    @DisplayName("R-SOL-1 a simple solution records who proposed it and when")
    void solutionRecordsItsAuthor() {
      HelpRequest request = accepted(today.plusDays(3));
      clock.advance(Duration.ofHours(2));

      request.proposeSimpleSolution(agent, " Template ", " Text ", Optional.empty(), clock);

      SimpleSolution solution = request.solutions().get(0);
      assertEquals("Template", solution.title());
      assertEquals("Text", solution.content());
      assertEquals(agent.login(), solution.proposedBy());
      assertEquals(clock.instant(), solution.proposedAt());
      assertEquals(request.solutions(), request.newSolutions());
    }

    @Test
    @DisplayName("R-SOL-1 solutions are proposed only once the request is accepted")
    void notBeforeAcceptance() {
      HelpRequest request = submitted();
      Optional<Money> none = Optional.empty();

      IllegalTransitionException refused =
          assertThrows(
              IllegalTransitionException.class,
              () -> request.proposeSimpleSolution(agent, "T", "C", none, clock));

      assertEquals(
          "Cannot propose a solution to a request that is SUBMITTED.", refused.getMessage());
    }
  }

  @Nested
  class Timeline {

    @Test
    @DisplayName("R-REQ-10 the timeline lists every event of a full lifecycle in order")
    void fullLifecycleInOrder() {
      HelpRequest request = submitted();
      clock.advance(Duration.ofMinutes(5));
      request.askQuestion(agent, "Which month?", clock);
      clock.advance(Duration.ofMinutes(5));
      request.answerQuestion(member, "January", clock);
      request.agreeDecisionDate(agent, today.plusDays(2), clock);
      request.moveDeadline(agent, today.plusDays(3), "Need an expert's view", clock);
      request.accept(
          agent, AcceptanceRoute.NETWORK, SolutionDeadline.fixed(today.plusDays(9)), clock);
      request.postpone(member, today.plusDays(5), "Holidays", clock);
      clock.advanceDays(5);
      request.resume(agent, clock);
      proposeFreeSolution(request);
      request.close(member, Satisfaction.PARTLY_SOLVED, "Helpful", clock);

      assertEquals(
          List.of(
              RequestEvent.Submitted.class,
              RequestEvent.QuestionAsked.class,
              RequestEvent.QuestionAnswered.class,
              RequestEvent.DecisionDateAgreed.class,
              RequestEvent.DeadlineMoved.class,
              RequestEvent.Accepted.class,
              RequestEvent.Postponed.class,
              RequestEvent.Resumed.class,
              RequestEvent.SolutionProposed.class,
              RequestEvent.Closed.class),
          request.timeline().stream().map(Object::getClass).toList());
      for (int i = 1; i < request.timeline().size(); i++) {
        assertFalse(
            request
                .timeline()
                .get(i)
                .occurredAt()
                .isBefore(request.timeline().get(i - 1).occurredAt()),
            "event " + i + " is not before the one ahead of it");
      }
      assertTrue(request.timeline().stream().allMatch(e -> e.requestId().equals(request.id())));
      assertEquals(
          request.timeline().size(),
          request.timeline().stream().map(RequestEvent::eventId).distinct().count());
    }

    @Test
    @DisplayName("R-REQ-10 the timeline cannot be changed from outside the request")
    void timelineIsReadOnly() {
      HelpRequest request = submitted();
      List<RequestEvent> timeline = request.timeline();

      assertThrows(UnsupportedOperationException.class, timeline::clear);
      assertThrows(UnsupportedOperationException.class, () -> request.solutions().clear());
    }

    @Test
    @DisplayName("R-REQ-10 an illegal transition is refused with the state and the action named")
    void illegalTransitionNamesStateAndAction() {
      HelpRequest request = submitted();

      IllegalTransitionException refused =
          assertThrows(IllegalTransitionException.class, () -> request.resume(agent, clock));

      assertEquals("R-REQ-10", refused.rule());
      assertEquals("SUBMITTED", refused.state());
      assertEquals("resume", refused.action());
      assertEquals("Cannot resume a request that is SUBMITTED.", refused.getMessage());
      assertEquals(1, request.timeline().size());
    }

    @Test
    @DisplayName("R-REQ-10 a postponed request allows only resuming and withdrawing")
    void postponedAllowsOnlyResumeAndWithdraw() {
      HelpRequest request = accepted(today.plusDays(3));
      request.postpone(member, today.plusDays(4), null, clock);
      LocalDate later = today.plusDays(9);

      IllegalTransitionException move =
          assertThrows(
              IllegalTransitionException.class,
              () -> request.moveDeadline(agent, later, "Reason", clock));
      IllegalTransitionException ask =
          assertThrows(
              IllegalTransitionException.class, () -> request.askQuestion(agent, "Q?", clock));
      IllegalTransitionException postponeAgain =
          assertThrows(
              IllegalTransitionException.class, () -> request.postpone(member, later, null, clock));

      assertEquals("POSTPONED", move.state());
      assertEquals("move the deadline of", move.action());
      assertEquals("ask a question on", ask.action());
      assertEquals("postpone", postponeAgain.action());
    }

    @Test
    @DisplayName("R-REQ-10 a request rebuilt from its snapshot has the same state and timeline")
    void snapshotRoundTrip() {
      HelpRequest request = HelpRequests.withSolution(clock);
      request.postpone(member, today.plusDays(3), "Later", clock);

      HelpRequest restored = HelpRequest.restore(request.snapshot());

      assertEquals(request.snapshot(), restored.snapshot());
      assertEquals(request.timeline(), restored.timeline());
      assertFalse(restored.isNew());
      assertTrue(restored.newEvents().isEmpty());
      assertTrue(restored.newSolutions().isEmpty());
      restored.resume(agent, clock);
      assertEquals(RequestStatus.ACCEPTED, restored.status());
      assertEquals(1, restored.newEvents().size());
    }

    @Test
    @DisplayName("R-REQ-10 every request gets its own identifier, readable back from text")
    void identifiersAreUnique() {
      HelpRequest first = submitted();
      HelpRequest second = submitted();

      assertNotEquals(first.id(), second.id());
      assertEquals(first.id(), RequestId.of(first.id().toString()));
      assertEquals(0, first.version());
    }
  }
}
