package org.clubaide.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.KindOfHelp;
import org.clubaide.core.request.RequestEvent;
import org.clubaide.core.request.Satisfaction;
import org.clubaide.core.request.WithdrawalReason;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.IllegalTransitionException;
import org.clubaide.core.testing.Actors;
import org.clubaide.core.testing.HelpRequests;
import org.clubaide.core.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A finished request loses its requester's own text on erasure, and keeps the rest (R-PRV-2). */
class RequesterTextErasureTest {

  private static final String NEUTRAL = "erased-x@erased.invalid";

  private final MutableClock clock = MutableClock.atServiceStart();
  private final MemberId adas = MemberId.newId();
  private final Actor ada = Actor.member("ada@example.org", adas);
  private final Actor agent = Actors.agent();

  private HelpRequest submitted() {
    return HelpRequest.submit(
        adas,
        Channel.WEB,
        ada,
        "Ada Lovelace needs a plan",
        "I am Ada Lovelace of Analytical Engines Ltd.",
        Set.of(KindOfHelp.HELP),
        clock.today().plusDays(10),
        clock);
  }

  private static <T extends RequestEvent> T event(HelpRequest request, Class<T> type) {
    return request.timeline().stream()
        .filter(type::isInstance)
        .map(type::cast)
        .findFirst()
        .orElseThrow();
  }

  @Test
  @DisplayName("R-PRV-2 the title and description of an erased member's request become neutral")
  void titleAndDescriptionBecomeNeutral() {
    HelpRequest request = submitted();
    request.withdraw(ada, WithdrawalReason.SOLVED_ELSEWHERE, clock);

    request.eraseRequesterText(NEUTRAL);

    assertEquals("Demande d'un membre effacé", request.title());
    assertEquals(HelpRequest.ERASED_DESCRIPTION, request.description());
    assertEquals(adas, request.requester());
    assertTrue(request.timelineRewritten());
  }

  @Test
  @DisplayName(
      "R-PRV-2 the requester's answers, reasons and comments are erased; the Service's stay")
  void requesterTextIsErasedServiceTextStays() {
    HelpRequest request = HelpRequests.withSolution(clock);
    request.askQuestion(agent, "How many months?", clock);
    request.answerQuestion(ada, "Twelve, says Ada Lovelace", clock);
    request.postpone(ada, clock.today().plusDays(3), "Ada is away", clock);
    request.resume(ada, clock);
    request.close(ada, Satisfaction.SOLVED, "Thanks, Ada", clock);

    request.eraseRequesterText(NEUTRAL);

    assertEquals("How many months?", event(request, RequestEvent.QuestionAsked.class).question());
    assertEquals(agent.login(), event(request, RequestEvent.QuestionAsked.class).actor());
    assertEquals("[effacé]", event(request, RequestEvent.QuestionAnswered.class).answer());
    assertEquals("[effacé]", event(request, RequestEvent.Postponed.class).reason());
    assertEquals("[effacé]", event(request, RequestEvent.Closed.class).comment());
    assertEquals(Satisfaction.SOLVED, event(request, RequestEvent.Closed.class).satisfaction());
    assertEquals(NEUTRAL, event(request, RequestEvent.Resumed.class).actor());
    assertFalse(request.timeline().toString().contains("ada@example.org"));
  }

  @Test
  @DisplayName(
      "R-PRV-2 the requester's events keep their kind, time and values, under a neutral login")
  void requesterEventsKeepTheirFacts() {
    HelpRequest request = submitted();
    request.postpone(ada, clock.today().plusDays(2), "", clock);
    request.withdraw(ada, WithdrawalReason.NO_LONGER_ARISES, clock);
    List<RequestEvent> before = request.timeline();

    request.eraseRequesterText(NEUTRAL);

    var submitted = assertInstanceOf(RequestEvent.Submitted.class, request.timeline().get(0));
    assertEquals(NEUTRAL, submitted.actor());
    assertEquals(before.get(0).occurredAt(), submitted.occurredAt());
    assertEquals(Channel.WEB, submitted.channel());
    assertEquals("", event(request, RequestEvent.Postponed.class).reason(), "nothing to erase");
    assertEquals(
        WithdrawalReason.NO_LONGER_ARISES, event(request, RequestEvent.Withdrawn.class).reason());
    assertEquals(NEUTRAL, event(request, RequestEvent.Withdrawn.class).actor());
    assertEquals(before.size(), request.timeline().size(), "no event is added");
  }

  @Test
  @DisplayName("R-PRV-2 a request an agent recorded keeps the agent as author of its submission")
  void agentSubmissionIsKept() {
    HelpRequest request =
        HelpRequest.submit(
            adas,
            Channel.PHONE,
            agent,
            "Plan",
            "A plan.",
            Set.of(KindOfHelp.HELP),
            clock.today().plusDays(10),
            clock);
    request.decline(agent, "Not our field", clock);

    request.eraseRequesterText(NEUTRAL);

    assertEquals(agent.login(), request.timeline().get(0).actor());
    assertEquals("Not our field", event(request, RequestEvent.Declined.class).reason());
  }

  @Test
  @DisplayName(
      "R-PRV-2 a solution another member proposed keeps its author: only the requester is erased")
  void helperSolutionIsKept() {
    HelpRequest request = HelpRequests.accepted(clock);
    Actor helper = Actor.member("helper@example.org", MemberId.newId());
    request.proposeSimpleSolution(helper, "Template", "A free template.", Optional.empty(), clock);
    request.withdraw(ada, WithdrawalReason.SOLVED_ELSEWHERE, clock);

    request.eraseRequesterText(NEUTRAL);

    var proposed = event(request, RequestEvent.SolutionProposed.class);
    assertEquals("helper@example.org", proposed.actor());
    assertEquals("Template", proposed.title());
  }

  @Test
  @DisplayName("R-PRV-2 an open request is withdrawn before its text can be erased")
  void openRequestIsRefused() {
    HelpRequest request = submitted();

    IllegalTransitionException refused =
        assertThrows(IllegalTransitionException.class, () -> request.eraseRequesterText(NEUTRAL));

    assertEquals(
        "Cannot erase the requester's text of a request that is SUBMITTED.", refused.getMessage());
    assertFalse(request.timelineRewritten());
    assertEquals("Ada Lovelace needs a plan", request.title());
  }
}
