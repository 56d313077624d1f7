package org.clubaide.core.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.ParticipationStatus;
import org.clubaide.core.member.Profile;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.core.terms.TermsAcceptance;
import org.clubaide.core.terms.TermsVersion;
import org.clubaide.core.testing.Actors;
import org.clubaide.core.testing.FixedTermsCatalogue;
import org.clubaide.core.testing.InMemoryClubAide;
import org.clubaide.core.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ParticipationServiceTest {

  private static final TermsVersion V4 = new TermsVersion("V4/2025", LocalDate.of(2025, 4, 1));
  private static final Profile PROFILE =
      new Profile(List.of("Tax law"), List.of("Chess"), List.of(), true);

  private final InMemoryClubAide club =
      InMemoryClubAide.withTerms(FixedTermsCatalogue.of(FixedTermsCatalogue.V3_2018, V4));
  private final ParticipationService service = club.participation();
  private final Actor ada = club.registerMember("ada@example.org");
  private final MemberId adas = ada.requireMember();
  private final Actor bob = club.registerMember("bob@example.org");

  private void newTermsComeIntoForce() {
    club.clock().setTo(MutableClock.atNoon(V4.validFrom()).instant());
  }

  @Nested
  class TermsAtLogin {

    @Test
    @DisplayName("R-MEM-2 at login a member who accepted the current terms is asked nothing")
    void nothingToAccept() {
      assertEquals(Optional.empty(), service.termsToAccept(ada));
    }

    @Test
    @DisplayName(
        "R-MEM-2 at login after a new version comes into force, the member is asked to accept it")
    void newVersionIsAsked() {
      newTermsComeIntoForce();

      assertEquals(Optional.of(V4), service.termsToAccept(ada));
    }

    @Test
    @DisplayName("R-MEM-2 logins that are not members' are never asked to accept member terms")
    void nonMembersAreNotAsked() {
      newTermsComeIntoForce();

      assertEquals(Optional.empty(), service.termsToAccept(Actors.agent()));
    }

    @Test
    @DisplayName(
        "R-MEM-2 the member accepts the current version on the web, recorded with the time")
    void memberAcceptsOnTheWeb() {
      newTermsComeIntoForce();

      assertEquals(V4, service.acceptCurrentTerms(ada, "V4/2025"));

      Member member = club.member(ada);
      assertEquals(
          new TermsAcceptance("V4/2025", club.clock().instant(), Channel.WEB),
          member.acceptances().get(1));
      assertEquals(Optional.empty(), service.termsToAccept(ada));
    }

    @Test
    @DisplayName("R-MEM-2 accepting a version that is no longer the one in force is refused")
    void staleVersionIsRefused() {
      newTermsComeIntoForce();

      RuleViolationException refused =
          assertThrows(
              RuleViolationException.class, () -> service.acceptCurrentTerms(ada, "V3/2018"));

      assertEquals(
          "The terms accepted (\"V3/2018\") are not the current version V4/2025: read and accept"
              + " the current version.",
          refused.getMessage());
      assertEquals(1, club.member(ada).acceptances().size());
    }

    @Test
    @DisplayName("R-MEM-2 only a member accepts terms on the web for themselves")
    void onlyMembersAcceptOnTheWeb() {
      assertThrows(
          AccessDeniedException.class, () -> service.acceptCurrentTerms(Actors.agent(), "V3/2018"));
    }

    @Test
    @DisplayName("R-MEM-2 the Service records an acceptance received by e-mail, with that channel")
    void serviceRecordsAnEmailedAcceptance() {
      newTermsComeIntoForce();

      service.recordTermsAcceptance(Actors.agent(), adas);

      assertEquals(Channel.EMAIL, club.member(ada).acceptances().get(1).channel());
    }

    @Test
    @DisplayName("R-PRV-3 a member cannot record an acceptance for anyone")
    void memberCannotRecordForOthers() {
      MemberId bobs = bob.requireMember();

      assertThrows(AccessDeniedException.class, () -> service.recordTermsAcceptance(ada, bobs));
    }
  }

  @Nested
  class Profiles {

    @Test
    @DisplayName("R-MEM-3 the member describes what they offer to the network")
    void memberDescribes() {
      assertTrue(service.describe(ada, adas, PROFILE));

      assertEquals(PROFILE, club.member(ada).profile());
      assertFalse(service.describe(ada, adas, PROFILE), "the same profile changes nothing");
    }

    @Test
    @DisplayName("R-MEM-3 the Service records a profile given by telephone, under its own login")
    void serviceDescribesOnBehalf() {
      service.describe(Actors.agent(), adas, PROFILE);

      assertEquals(
          Actors.agent().login(), club.member(ada).networkOfferHistory().get(0).changedBy());
    }

    @Test
    @DisplayName("R-PRV-3 a member cannot describe another member's profile")
    void otherMembersAreRefused() {
      MemberId bobs = bob.requireMember();

      assertThrows(AccessDeniedException.class, () -> service.describe(ada, bobs, PROFILE));
      assertEquals(Profile.EMPTY, club.member(bob).profile());
    }

    @Test
    @DisplayName("R-MEM-2 a member who has not accepted the current terms cannot offer a profile")
    void termsAreNeeded() {
      newTermsComeIntoForce();

      AccessDeniedException refused =
          assertThrows(AccessDeniedException.class, () -> service.describe(ada, adas, PROFILE));

      assertEquals(
          "Accept the current terms (version V4/2025) before acting; until then you can read your"
              + " own data only.",
          refused.getMessage());
    }

    @Test
    @DisplayName("R-MEM-3 describing an unknown member answers not found")
    void unknownMember() {
      MemberId nobody = MemberId.newId();

      assertThrows(
          NotFoundException.class, () -> service.describe(Actors.agent(), nobody, PROFILE));
    }
  }

  @Nested
  class ParticipationPeriod {

    @Test
    @DisplayName("R-MEM-7 the member sees the end date of the participation and when to renew")
    void memberSeesTheEndDate() {
      Participation participation = service.participation(ada, adas);

      LocalDate end = MutableClock.START_DAY.plusMonths(12);
      assertEquals(ParticipationStatus.ACTIVE, participation.status());
      assertEquals(end, participation.endsOn());
      assertEquals(Optional.of(end.minusMonths(12)), participation.renewableFrom());
      assertEquals(Optional.empty(), participation.endedAt());
    }

    @Test
    @DisplayName("R-MEM-7 after the end date without renewal the member sees it lapsed")
    void memberSeesTheLapse() {
      club.clock().setTo(MutableClock.atNoon(MutableClock.START_DAY.plusMonths(13)).instant());

      assertEquals(ParticipationStatus.LAPSED, service.participation(ada, adas).status());
    }

    @Test
    @DisplayName("R-MEM-7 a lapsed member renews and is active again for one period from today")
    void lapsedMemberRenews() {
      LocalDate today = MutableClock.START_DAY.plusMonths(13);
      club.clock().setTo(MutableClock.atNoon(today).instant());
      service.acceptCurrentTerms(ada, "V4/2025");

      Participation renewed = service.renew(ada, adas);

      assertEquals(ParticipationStatus.ACTIVE, renewed.status());
      assertEquals(today.plusMonths(12), renewed.endsOn());
      assertEquals(today.plusMonths(12), club.member(ada).participationEndsOn());
    }

    @Test
    @DisplayName("R-MEM-2 a member who has not accepted the current terms cannot renew")
    void renewalNeedsTheCurrentTerms() {
      newTermsComeIntoForce();

      assertThrows(AccessDeniedException.class, () -> service.renew(ada, adas));
    }

    @Test
    @DisplayName("R-MEM-7 the Service renews on a member's behalf")
    void serviceRenews() {
      newTermsComeIntoForce();

      Participation renewed = service.renew(Actors.admin(), adas);

      assertEquals(MutableClock.START_DAY.plusMonths(24), renewed.endsOn());
    }

    @Test
    @DisplayName("R-PRV-3 a member neither sees nor renews another member's participation")
    void othersParticipationIsClosed() {
      MemberId bobs = bob.requireMember();

      assertThrows(AccessDeniedException.class, () -> service.participation(ada, bobs));
      assertThrows(AccessDeniedException.class, () -> service.renew(ada, bobs));
      assertThrows(
          AccessDeniedException.class, () -> service.participation(Actors.partner(), bobs));
    }

    @Test
    @DisplayName("R-MEM-7 once ended the participation shows its end and offers no renewal")
    void endedParticipationOffersNoRenewal() {
      club.endParticipation().end(ada, adas);

      Participation participation = service.participation(Actors.agent(), adas);

      assertEquals(ParticipationStatus.ENDED, participation.status());
      assertEquals(Optional.empty(), participation.renewableFrom());
      assertEquals(Optional.of(club.clock().instant()), participation.endedAt());
    }

    @Test
    @DisplayName("R-MEM-7 the participation period of the use cases is the deployment's, positive")
    void periodIsConfigured() {
      ParticipationService monthly =
          new ParticipationService(club.members(), club.terms(), club.clock(), Period.ofMonths(1));

      assertEquals(
          Optional.of(MutableClock.START_DAY.plusMonths(11)),
          monthly.participation(ada, adas).renewableFrom());
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new ParticipationService(
                  club.members(), club.terms(), club.clock(), Period.ofDays(-1)));
    }
  }
}
