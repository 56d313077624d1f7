package org.clubaide.core.network;

import org.clubaide.core.testing.MutableClock;
import java.time.ZoneOffset;
import java.time.Instant;

import static org.clubaide.core.network.NetworkFixtures.AGENT;
import static org.clubaide.core.network.NetworkFixtures.LABEL_KEY;
import static org.clubaide.core.network.NetworkFixtures.aRequestBy;
import static org.clubaide.core.network.NetworkFixtures.eloise;
import static org.clubaide.core.network.NetworkFixtures.skills;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.money.Money;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.core.shared.IllegalTransitionException;
import org.clubaide.core.shared.RuleViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CallForHelpTest {

  private final MutableClock clock = MutableClock.at(Instant.parse("2025-03-03T09:00:00Z"), ZoneOffset.UTC);
  private final Member eloise = eloise(clock);
  private final HelpRequest request = aRequestBy(eloise, clock);
  private final AnonymousRequestView view =
      new AnonymityPolicy(LABEL_KEY)
          .anonymise(request, eloise, "A bakery needs to delay a payment.", skills("negociation"));
  private final Participant ana = Participant.member(MemberId.newId());
  private final Participant bob = Participant.member(MemberId.newId());
  private final Participant partner = Participant.partner(PartnerId.newId());

  private CallForHelp send(List<Participant> recipients) {
    return CallForHelp.send(request.id(), eloise.id(), view, recipients, AGENT.login(), clock);
  }

  private CallForHelp call() {
    return send(List.of(ana, bob, partner));
  }

  @Test
  @DisplayName("R-NET-1 a call goes to the chosen recipients and records who sent it and when")
  void sendRecordsRecipients() {
    CallForHelp call = call();
    assertEquals(List.of(ana, bob, partner), call.recipients());
    assertEquals(CallStatus.OPEN, call.status());
    CallEvent.CallSent sent = assertInstanceOf(CallEvent.CallSent.class, call.timeline().get(0));
    assertEquals(AGENT.login(), sent.actor());
    assertEquals(clock.instant(), sent.occurredAt());
    assertEquals(call.id(), sent.callId());
    assertEquals(request.id(), sent.requestId());
  }

  @Test
  @DisplayName("R-NET-1 a call needs at least one recipient")
  void refusesNoRecipient() {
    RuleViolationException e = assertThrows(RuleViolationException.class, () -> send(List.of()));
    assertEquals("recipients", e.field());
  }

  @Test
  @DisplayName("R-NET-1 a recipient may be named only once in a call")
  void refusesDuplicateRecipients() {
    assertThrows(RuleViolationException.class, () -> send(List.of(ana, bob, ana)));
  }

  @Test
  @DisplayName("R-NET-1 the requester is never a recipient of a call about their own request")
  void refusesRequesterAsRecipient() {
    assertThrows(
        RuleViolationException.class, () -> send(List.of(ana, Participant.member(eloise.id()))));
  }

  @Test
  @DisplayName("R-NET-1 a call goes to at most 200 recipients")
  void refusesTooManyRecipients() {
    List<Participant> many = new ArrayList<>();
    for (int i = 0; i <= CallForHelp.MAX_RECIPIENTS; i++) {
      many.add(Participant.member(MemberId.newId()));
    }
    assertThrows(RuleViolationException.class, () -> send(many));
  }

  @Test
  @DisplayName("R-NET-4 a recipient answers with a simple solution, which is recorded as free")
  void answersWithSimpleSolution() {
    CallForHelp call = call();
    clock.advance(Duration.ofHours(2));
    call.offerSimpleSolution(
        ana,
        "ana@example.org",
        "Payment plan",
        "Ask for a 3-instalment plan.",
        Optional.empty(),
        clock);
    CallAnswer.SimpleSolutionOffer answer =
        assertInstanceOf(CallAnswer.SimpleSolutionOffer.class, call.answerOf(ana).orElseThrow());
    assertEquals("Payment plan", answer.solution().title());
    assertEquals(clock.instant(), answer.answeredAt());
    assertInstanceOf(CallEvent.SimpleSolutionOffered.class, call.newEvents().get(1));
  }

  @Test
  @DisplayName("R-SOL-1 a simple solution with a price is refused, even in answer to a call")
  void refusesPricedSimpleSolution() {
    CallForHelp call = call();
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () ->
                call.offerSimpleSolution(
                    ana, "ana", "Plan", "Advice", Optional.of(Money.of("50", "EUR")), clock));
    assertEquals("R-SOL-1", e.rule());
    assertTrue(call.answerOf(ana).isEmpty());
  }

  @Test
  @DisplayName("R-NET-4 a recipient offers an accompaniment, to be followed by a quote")
  void offersAccompaniment() {
    CallForHelp call = call();
    call.offerAccompaniment(partner, "partner-login", "Three months of cash-flow coaching.", clock);
    CallAnswer answer = call.answerOf(partner).orElseThrow();
    assertInstanceOf(CallAnswer.AccompanimentOffer.class, answer);
    assertTrue(answer.offersHelp());
  }

  @Test
  @DisplayName("R-NET-4 an accompaniment offer needs an outline")
  void refusesBlankOutline() {
    CallForHelp call = call();
    assertThrows(
        RuleViolationException.class, () -> call.offerAccompaniment(bob, "bob", " ", clock));
  }

  @Test
  @DisplayName("R-NET-4 a recipient may decline a call without giving a reason")
  void declines() {
    CallForHelp call = call();
    call.decline(bob, "bob", clock);
    assertFalse(call.answerOf(bob).orElseThrow().offersHelp());
  }

  @Test
  @DisplayName("R-NET-4 a recipient answers a call only once")
  void answersOnce() {
    CallForHelp call = call();
    call.decline(bob, "bob", clock);
    ConflictException e =
        assertThrows(
            ConflictException.class, () -> call.offerAccompaniment(bob, "bob", "Coaching", clock));
    assertEquals("R-NET-4", e.rule());
  }

  @Test
  @DisplayName("R-NET-4 only a recipient can answer a call")
  void onlyRecipientsAnswer() {
    CallForHelp call = send(List.of(ana));
    assertThrows(AccessDeniedException.class, () -> call.decline(bob, "bob", clock));
  }

  @Test
  @DisplayName("R-REQ-8 closing a call tells at once every recipient who has not declined")
  void closingTellsEveryoneStillConcerned() {
    CallForHelp call = call();
    call.decline(bob, "bob", clock);
    call.offerAccompaniment(partner, "partner", "Coaching", clock);
    call.close(CloseReason.REQUEST_WITHDRAWN, "system", clock);
    CallEvent.CallClosed closed =
        assertInstanceOf(CallEvent.CallClosed.class, call.timeline().get(3));
    assertEquals(List.of(ana, partner), closed.recipientsToTell());
    assertEquals(CloseReason.REQUEST_WITHDRAWN, closed.reason());
  }

  @Test
  @DisplayName("R-REQ-8 a closed call takes no more answers")
  void closedCallRefusesAnswers() {
    CallForHelp call = call();
    call.close(CloseReason.REQUEST_WITHDRAWN, "system", clock);
    IllegalTransitionException e =
        assertThrows(IllegalTransitionException.class, () -> call.decline(ana, "ana", clock));
    assertEquals("CLOSED", e.state());
  }

  @Test
  @DisplayName("R-REQ-8 a call is closed only once")
  void closesOnce() {
    CallForHelp call = call();
    call.close(CloseReason.ENDED_BY_SERVICE, AGENT.login(), clock);
    assertThrows(
        IllegalTransitionException.class,
        () -> call.close(CloseReason.REQUEST_WITHDRAWN, "system", clock));
  }

  @Test
  @DisplayName("R-NET-2 a recipient sees the anonymous view and their own answer, not the others'")
  void recipientViewShowsOwnAnswerOnly() {
    CallForHelp call = call();
    call.decline(bob, "bob", clock);
    RecipientCallView forAna = call.viewFor(ana);
    assertEquals(view, forAna.request());
    assertTrue(forAna.yourAnswer().isEmpty());
    assertFalse(forAna.toString().contains(bob.uuid().toString()));
    assertTrue(call.viewFor(bob).yourAnswer().isPresent());
  }

  @Test
  @DisplayName("R-NET-1 a restored call keeps its state and has no new events")
  void restoresFromSnapshot() {
    CallForHelp call = call();
    call.offerAccompaniment(partner, "partner", "Coaching", clock);
    CallForHelp restored = CallForHelp.restore(call.snapshot());
    assertEquals(call.answers(), restored.answers());
    assertEquals(call.timeline(), restored.timeline());
    assertTrue(restored.newEvents().isEmpty());
    assertThrows(ConflictException.class, () -> restored.decline(partner, "partner", clock));
  }
}
