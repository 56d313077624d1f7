package org.clubaide.core.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.terms.TermsAcceptance;
import org.clubaide.core.terms.TermsVersion;
import org.clubaide.core.testing.FixedTermsCatalogue;
import org.clubaide.core.testing.Members;
import org.clubaide.core.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A new terms version is accepted once, with time and channel (R-MEM-2). */
class MemberTermsTest {

  private static final TermsVersion V4 = new TermsVersion("V4/2025", LocalDate.of(2025, 4, 1));

  private final MutableClock clock = MutableClock.atServiceStart();
  private final Member member = Members.aMember("ada@example.org", clock);
  private final Instant later = clock.instant().plusSeconds(3600);

  @Test
  @DisplayName(
      "R-MEM-2 accepting a new version records which version, when and through which channel")
  void acceptanceIsRecorded() {
    boolean recorded = member.acceptTerms(V4, Channel.EMAIL, "agent@clubaide.invalid", later);

    assertTrue(recorded);
    assertEquals(new TermsAcceptance("V4/2025", later, Channel.EMAIL), member.acceptances().get(1));
    assertTrue(member.hasAccepted(V4));
  }

  @Test
  @DisplayName("R-MEM-2 accepting a version already accepted keeps the first acceptance")
  void acceptanceIsIdempotentPerVersion() {
    member.acceptTerms(V4, Channel.WEB, "ada@example.org", later);
    List<TermsAcceptance> before = List.copyOf(member.acceptances());
    int events = member.newEvents().size();

    boolean recorded =
        member.acceptTerms(V4, Channel.PHONE, "ada@example.org", later.plusSeconds(60));

    assertFalse(recorded);
    assertEquals(before, member.acceptances());
    assertEquals(events, member.newEvents().size());
  }

  @Test
  @DisplayName("R-MEM-2 a member must accept a version they have not accepted, and only that")
  void mustAcceptOnlyUnacceptedVersions() {
    assertFalse(member.mustAccept(FixedTermsCatalogue.V3_2018));
    assertTrue(member.mustAccept(V4));

    member.acceptTerms(V4, Channel.WEB, "ada@example.org", later);

    assertFalse(member.mustAccept(V4));
  }

  @Test
  @DisplayName("R-MEM-2 an acceptance raises a TermsAccepted event naming the version and channel")
  void acceptanceRaisesAnEvent() {
    member.acceptTerms(V4, Channel.WEB, "ada@example.org", later);

    var event = assertInstanceOf(MemberEvent.TermsAccepted.class, last(member));
    assertEquals("V4/2025", event.termsLabel());
    assertEquals(Channel.WEB, event.channel());
    assertEquals(member.id(), event.memberId());
    assertEquals(later, event.occurredAt());
    assertEquals("ada@example.org", event.actor());
  }

  @Test
  @DisplayName("R-MEM-2 registration raises a MemberRegistered event with the accepted version")
  void registrationRaisesAnEvent() {
    var event = assertInstanceOf(MemberEvent.MemberRegistered.class, member.newEvents().get(0));

    assertEquals("V3/2018", event.termsLabel());
    assertEquals(Channel.WEB, event.channel());
    assertEquals(member.participationEndsOn(), event.participationEndsOn());
    assertEquals("ada@example.org", event.actor());
    assertEquals(clock.instant(), event.occurredAt());
  }

  @Test
  @DisplayName("R-MEM-2 a member whose participation ended can no longer accept terms")
  void endedMemberCannotAccept() {
    member.endParticipation("ada@example.org", later);

    MembershipTransitionException refused =
        assertThrows(
            MembershipTransitionException.class,
            () -> member.acceptTerms(V4, Channel.WEB, "ada@example.org", later));

    assertEquals(
        "Cannot accept the terms for a member whose participation is ENDED.", refused.getMessage());
    assertEquals("R-MEM-2", refused.rule());
  }

  private static MemberEvent last(Member member) {
    return member.newEvents().get(member.newEvents().size() - 1);
  }
}
