package org.clubaide.core.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.core.testing.FixedTermsCatalogue;
import org.clubaide.core.testing.Members;
import org.clubaide.core.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The participation period, its renewal and its end (R-MEM-6, R-MEM-7). */
class MemberParticipationTest {

  private static final String ADA = "ada@example.org";
  private static final Period YEAR = Member.DEFAULT_PARTICIPATION_PERIOD;
  private static final LocalDate START = MutableClock.START_DAY;

  private final MutableClock clock = MutableClock.atServiceStart();
  private final Member member = Members.aMember(ADA, clock);

  private void moveTo(LocalDate day) {
    clock.setTo(MutableClock.atNoon(day).instant());
  }

  @Test
  @DisplayName("R-MEM-7 a participation runs twelve months from the day of registration")
  void participationRunsTwelveMonths() {
    assertEquals(START.plusMonths(12), member.participationEndsOn());
    assertEquals(Period.ofMonths(12), YEAR);
  }

  @Test
  @DisplayName("R-MEM-7 the participation is active up to and including its last day")
  void activeUntilTheLastDay() {
    moveTo(member.participationEndsOn());

    assertTrue(member.isActive(clock));
    assertEquals(ParticipationStatus.ACTIVE, member.participationStatus(clock));
  }

  @Test
  @DisplayName("R-MEM-7 the day after its end date an unrenewed participation has lapsed")
  void lapsedAfterTheEndDate() {
    moveTo(member.participationEndsOn().plusDays(1));

    assertFalse(member.isActive(clock));
    assertEquals(ParticipationStatus.LAPSED, member.participationStatus(clock));
    assertFalse(member.hasEnded());
  }

  @Test
  @DisplayName("R-MEM-7 renewing before the end extends from the current end date: no day is lost")
  void earlyRenewalExtendsFromTheEnd() {
    LocalDate end = member.participationEndsOn();
    moveTo(end.minusDays(10));

    LocalDate renewed = member.renew(YEAR, ADA, clock);

    assertEquals(end.plusMonths(12), renewed);
    assertEquals(renewed, member.participationEndsOn());
  }

  @Test
  @DisplayName("R-MEM-7 renewing a lapsed participation extends from today")
  void lateRenewalExtendsFromToday() {
    LocalDate today = member.participationEndsOn().plusDays(40);
    moveTo(today);

    member.renew(YEAR, ADA, clock);

    assertEquals(today.plusMonths(12), member.participationEndsOn());
    assertTrue(member.isActive(clock));
  }

  @Test
  @DisplayName("R-MEM-7 a renewal raises an event with the end date before and after")
  void renewalRaisesAnEvent() {
    LocalDate end = member.participationEndsOn();

    member.renew(YEAR, ADA, clock);

    var event =
        assertInstanceOf(
            MemberEvent.ParticipationRenewed.class,
            member.newEvents().get(member.newEvents().size() - 1));
    assertEquals(end, event.previousEndsOn());
    assertEquals(end.plusMonths(12), event.endsOn());
  }

  @Test
  @DisplayName("R-MEM-7 a participation already running more than one period ahead is not renewed")
  void renewalTooEarlyIsRefused() {
    member.renew(YEAR, ADA, clock);
    LocalDate end = member.participationEndsOn();

    RuleViolationException refused =
        assertThrows(RuleViolationException.class, () -> member.renew(YEAR, ADA, clock));

    assertEquals(
        "The participation already runs until "
            + end
            + "; it can be renewed from "
            + end.minusMonths(12)
            + ".",
        refused.getMessage());
    assertEquals(end, member.participationEndsOn());
  }

  @Test
  @DisplayName("R-MEM-7 a deployment may choose another period, which must be positive")
  void periodIsConfigurable() {
    Member monthly =
        Member.register(
            MemberId.newId(),
            member.identity(),
            member.contact(),
            FixedTermsCatalogue.V3_2018,
            Channel.WEB,
            Map.of(),
            Period.ofMonths(1),
            clock);

    assertEquals(START.plusMonths(1), monthly.participationEndsOn());
    assertThrows(IllegalArgumentException.class, () -> monthly.renew(Period.ZERO, ADA, clock));
    assertThrows(
        IllegalArgumentException.class, () -> monthly.renew(Period.ofDays(-1), ADA, clock));
  }

  @Test
  @DisplayName("R-MEM-6 the member ends their participation without a reason: ENDED, with the time")
  void endParticipation() {
    member.endParticipation(ADA, clock.instant());

    assertTrue(member.hasEnded());
    assertFalse(member.isActive(clock));
    assertEquals(ParticipationStatus.ENDED, member.participationStatus(clock));
    assertEquals(Optional.of(clock.instant()), member.endedAt());
    var event =
        assertInstanceOf(
            MemberEvent.ParticipationEnded.class,
            member.newEvents().get(member.newEvents().size() - 1));
    assertEquals(ADA, event.actor());
  }

  @Test
  @DisplayName("R-MEM-6 a participation ends once: ending it again is refused")
  void endingTwiceIsRefused() {
    member.endParticipation(ADA, clock.instant());

    MembershipTransitionException refused =
        assertThrows(
            MembershipTransitionException.class,
            () -> member.endParticipation(ADA, clock.instant()));

    assertEquals("ENDED", refused.state());
    assertEquals(
        "Cannot end the participation for a member whose participation is ENDED.",
        refused.getMessage());
  }

  @Test
  @DisplayName("R-MEM-7 an ended participation cannot be renewed")
  void endedParticipationIsNotRenewed() {
    member.endParticipation(ADA, clock.instant());

    MembershipTransitionException refused =
        assertThrows(MembershipTransitionException.class, () -> member.renew(YEAR, ADA, clock));

    assertEquals("R-MEM-7", refused.rule());
  }

  @Test
  @DisplayName("R-MEM-7 storage never holds LAPSED, which is derived from the clock")
  void lapsedIsNeverStored() {
    Member.Snapshot s = member.snapshot();
    Member.Snapshot lapsed =
        new Member.Snapshot(
            s.id(),
            s.identity(),
            s.contact(),
            s.registeredAt(),
            s.acceptances(),
            s.visibility(),
            s.consentHistory(),
            s.profile(),
            s.networkOfferHistory(),
            s.photoRef(),
            ParticipationStatus.LAPSED,
            s.participationEndsOn(),
            s.endedAt(),
            false,
            1);

    assertThrows(IllegalArgumentException.class, () -> Member.restore(lapsed));
  }

  @Test
  @DisplayName("R-MEM-6 storage keeps an end time with, and only with, an ended participation")
  void endTimeGoesWithEnded() {
    Member.Snapshot s = member.snapshot();
    Member.Snapshot endedWithoutTime =
        new Member.Snapshot(
            s.id(),
            s.identity(),
            s.contact(),
            s.registeredAt(),
            s.acceptances(),
            s.visibility(),
            s.consentHistory(),
            s.profile(),
            s.networkOfferHistory(),
            s.photoRef(),
            ParticipationStatus.ENDED,
            s.participationEndsOn(),
            Optional.empty(),
            false,
            1);

    assertThrows(IllegalArgumentException.class, () -> Member.restore(endedWithoutTime));
  }

  @Test
  @DisplayName("R-MEM-6 a restored ended member keeps its end and stays ended")
  void restoredEndedMember() {
    member.endParticipation(ADA, clock.instant());

    Member restored = Member.restore(member.snapshot());

    assertTrue(restored.hasEnded());
    assertEquals(member.endedAt(), restored.endedAt());
  }
}
