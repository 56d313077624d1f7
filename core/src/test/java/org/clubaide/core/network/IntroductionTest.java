package org.clubaide.core.network;

import org.clubaide.core.testing.MutableClock;
import java.time.ZoneOffset;
import java.time.Instant;

import static org.clubaide.core.network.IntroductionSide.HELPER;
import static org.clubaide.core.network.IntroductionSide.REQUESTER;
import static org.clubaide.core.network.NetworkFixtures.AGENT;
import static org.clubaide.core.network.NetworkFixtures.eloise;
import static org.clubaide.core.network.NetworkFixtures.marc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.IllegalTransitionException;
import org.clubaide.core.shared.RuleViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IntroductionTest {

  private final MutableClock clock = MutableClock.at(Instant.parse("2025-03-03T09:00:00Z"), ZoneOffset.UTC);
  private final Member eloise = eloise(clock);
  private final Member marc = marc(clock);
  private final Participant requester = Participant.member(eloise.id());
  private final Participant helper = Participant.member(marc.id());
  private final RecordingContactBook contacts =
      new RecordingContactBook().with(requester, eloise.contact()).with(helper, marc.contact());
  private final RequestId requestId = RequestId.newId();
  private final CallId callId = CallId.newId();
  private final Introduction introduction =
      Introduction.propose(requestId, callId, eloise.id(), helper, AGENT.login(), clock);

  @Test
  @DisplayName("R-NET-3 once both parties agreed, each sees the other's contact details")
  void releasesWhenBothAgreed() {
    introduction.consent(REQUESTER, Channel.WEB, "eloise", clock);
    introduction.consent(HELPER, Channel.WEB, "marc", clock);
    assertEquals(Optional.of(marc.contact()), introduction.contactOfOtherSide(requester, contacts));
    assertEquals(Optional.of(eloise.contact()), introduction.contactOfOtherSide(helper, contacts));
    assertEquals(IntroductionStatus.AGREED, introduction.status());
    assertInstanceOf(
        IntroductionEvent.ContactsReleased.class,
        introduction.timeline().get(introduction.timeline().size() - 1));
  }

  @Test
  @DisplayName("R-NET-3 one party's agreement releases nothing, and no contact is even read")
  void oneConsentReleasesNothing() {
    introduction.consent(HELPER, Channel.WEB, "marc", clock);
    assertTrue(introduction.contactOfOtherSide(requester, contacts).isEmpty());
    assertTrue(introduction.contactOfOtherSide(helper, contacts).isEmpty());
    assertTrue(contacts.lookups.isEmpty());
  }

  @Test
  @DisplayName("R-NET-3 each agreement is kept with its time and channel")
  void keepsConsentTimeAndChannel() {
    introduction.consent(REQUESTER, Channel.WEB, "eloise", clock);
    clock.advance(Duration.ofDays(1));
    introduction.consent(HELPER, Channel.EMAIL, AGENT.login(), clock);
    assertEquals(
        new Consent(clock.instant().minus(Duration.ofDays(1)), Channel.WEB, "eloise"),
        introduction.consentOf(REQUESTER).orElseThrow());
    assertEquals(
        new Consent(clock.instant(), Channel.EMAIL, AGENT.login()),
        introduction.consentOf(HELPER).orElseThrow());
  }

  @Test
  @DisplayName("R-NET-3 an agreement by telephone is not in writing and is refused")
  void refusesPhoneConsent() {
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () -> introduction.consent(REQUESTER, Channel.PHONE, AGENT.login(), clock));
    assertEquals("channel", e.field());
    assertTrue(introduction.consentOf(REQUESTER).isEmpty());
  }

  @Test
  @DisplayName("R-NET-3 a party agrees only once")
  void agreesOnce() {
    introduction.consent(REQUESTER, Channel.WEB, "eloise", clock);
    assertThrows(
        IllegalTransitionException.class,
        () -> introduction.consent(REQUESTER, Channel.WEB, "eloise", clock));
  }

  @Test
  @DisplayName("R-NET-3 after a refusal the other party learns only that it is not possible")
  void refusalRevealsNothing() {
    introduction.consent(REQUESTER, Channel.WEB, "eloise", clock);
    introduction.refuse(HELPER, Channel.WEB, "marc", clock);
    IntroductionView seen = introduction.viewFor(requester);
    assertEquals(IntroductionView.Outcome.NOT_POSSIBLE, seen.outcome());
    assertFalse(seen.toString().contains(marc.id().toString()));
    assertFalse(seen.toString().contains(HELPER.name()));
    assertTrue(introduction.contactOfOtherSide(requester, contacts).isEmpty());
    assertTrue(contacts.lookups.isEmpty());
  }

  @Test
  @DisplayName("R-NET-3 a refusal and a cancellation by the Service look the same to a party")
  void refusalLooksLikeCancellation() {
    Introduction cancelled =
        Introduction.propose(requestId, callId, eloise.id(), helper, AGENT.login(), clock);
    cancelled.cancel(AGENT.login(), clock);
    introduction.refuse(HELPER, Channel.WEB, "marc", clock);
    assertEquals(cancelled.viewFor(requester).outcome(), introduction.viewFor(requester).outcome());
    IllegalTransitionException afterRefusal =
        assertThrows(
            IllegalTransitionException.class,
            () -> introduction.consent(REQUESTER, Channel.WEB, "eloise", clock));
    IllegalTransitionException afterCancel =
        assertThrows(
            IllegalTransitionException.class,
            () -> cancelled.consent(REQUESTER, Channel.WEB, "eloise", clock));
    assertEquals("NOT_POSSIBLE", afterRefusal.state());
    assertEquals(afterCancel.getMessage(), afterRefusal.getMessage());
  }

  @Test
  @DisplayName("R-NET-3 a party who agreed may still refuse while the other has not agreed")
  void mayWithdrawConsentBeforeRelease() {
    introduction.consent(REQUESTER, Channel.WEB, "eloise", clock);
    introduction.refuse(REQUESTER, Channel.WEB, "eloise", clock);
    assertThrows(
        IllegalTransitionException.class,
        () -> introduction.consent(HELPER, Channel.WEB, "marc", clock));
    assertTrue(introduction.contactOfOtherSide(helper, contacts).isEmpty());
  }

  @Test
  @DisplayName("R-NET-3 once both agreed, nobody can refuse: the contacts have passed")
  void noRefusalAfterAgreement() {
    introduction.consent(REQUESTER, Channel.WEB, "eloise", clock);
    introduction.consent(HELPER, Channel.WEB, "marc", clock);
    assertThrows(
        IllegalTransitionException.class,
        () -> introduction.refuse(HELPER, Channel.WEB, "marc", clock));
  }

  @Test
  @DisplayName("R-NET-3 a party is not told whether the other already agreed")
  void otherSidesConsentIsNotShown() {
    introduction.consent(HELPER, Channel.WEB, "marc", clock);
    IntroductionView seen = introduction.viewFor(requester);
    assertEquals(IntroductionView.Outcome.AWAITING_YOUR_ANSWER, seen.outcome());
    assertTrue(seen.yourConsent().isEmpty());
    assertEquals(
        IntroductionView.Outcome.AWAITING_THE_OTHER_SIDE, introduction.viewFor(helper).outcome());
  }

  @Test
  @DisplayName("R-NET-3 each party sees only their own context: request or call")
  void eachSeesOwnContext() {
    assertEquals(Optional.of(requestId), introduction.viewFor(requester).yourRequest());
    assertTrue(introduction.viewFor(requester).yourCall().isEmpty());
    assertEquals(Optional.of(callId), introduction.viewFor(helper).yourCall());
    assertTrue(introduction.viewFor(helper).yourRequest().isEmpty());
  }

  @Test
  @DisplayName("R-NET-3 someone who is not a party neither sees the introduction nor any contact")
  void outsidersAreDenied() {
    Participant outsider = Participant.member(MemberId.newId());
    introduction.consent(REQUESTER, Channel.WEB, "eloise", clock);
    introduction.consent(HELPER, Channel.WEB, "marc", clock);
    assertThrows(AccessDeniedException.class, () -> introduction.viewFor(outsider));
    assertThrows(
        AccessDeniedException.class, () -> introduction.contactOfOtherSide(outsider, contacts));
  }

  @Test
  @DisplayName("R-NET-3 a member cannot be introduced to themselves")
  void refusesSelfIntroduction() {
    assertThrows(
        RuleViolationException.class,
        () -> Introduction.propose(requestId, callId, eloise.id(), requester, "agent", clock));
  }

  @Test
  @DisplayName("R-NET-3 a restored introduction keeps its consents and has no new events")
  void restoresFromSnapshot() {
    introduction.consent(REQUESTER, Channel.EMAIL, AGENT.login(), clock);
    Introduction restored = Introduction.restore(introduction.snapshot());
    assertEquals(introduction.consentOf(REQUESTER), restored.consentOf(REQUESTER));
    assertEquals(IntroductionStatus.AWAITING_HELPER, restored.status());
    assertTrue(restored.newEvents().isEmpty());
  }
}
