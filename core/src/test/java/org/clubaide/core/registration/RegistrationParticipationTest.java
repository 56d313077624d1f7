package org.clubaide.core.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.ParticipationStatus;
import org.clubaide.core.member.Profile;
import org.clubaide.core.testing.FakePasswordHasher;
import org.clubaide.core.testing.FixedTermsCatalogue;
import org.clubaide.core.testing.InMemoryAccountRepository;
import org.clubaide.core.testing.InMemoryClubAide;
import org.clubaide.core.testing.InMemoryMemberRepository;
import org.clubaide.core.testing.Members;
import org.clubaide.core.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What registration starts: a participation period, an empty profile (R-MEM-3, R-MEM-7). */
class RegistrationParticipationTest {

  @Test
  @DisplayName("R-MEM-7 a new member's participation runs twelve months from the registration day")
  void registrationStartsTwelveMonths() {
    InMemoryClubAide club = InMemoryClubAide.withSeedTerms();

    MemberId id = club.registration().register(Members.aRegistration().build());

    Member member = club.members().findById(id).orElseThrow();
    assertEquals(MutableClock.START_DAY.plusMonths(12), member.participationEndsOn());
    assertEquals(ParticipationStatus.ACTIVE, member.participationStatus(club.clock()));
    assertEquals(club.clock().instant(), member.registeredAt());
  }

  @Test
  @DisplayName("R-MEM-7 the deployment sets the participation period of registration")
  void periodIsConfigured() {
    MutableClock clock = MutableClock.atServiceStart();
    InMemoryMemberRepository members = new InMemoryMemberRepository();
    RegistrationService sixMonths =
        new RegistrationService(
            members,
            new InMemoryAccountRepository(),
            FixedTermsCatalogue.seed(),
            new FakePasswordHasher(),
            clock,
            Period.ofMonths(6));

    MemberId id = sixMonths.register(Members.aRegistration().build());

    assertEquals(
        MutableClock.START_DAY.plusMonths(6),
        members.findById(id).orElseThrow().participationEndsOn());
  }

  @Test
  @DisplayName("R-MEM-7 a participation period that is not positive is a deployment error")
  void periodMustBePositive() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RegistrationService(
                new InMemoryMemberRepository(),
                new InMemoryAccountRepository(),
                FixedTermsCatalogue.seed(),
                new FakePasswordHasher(),
                MutableClock.atServiceStart(),
                Period.ZERO));
  }

  @Test
  @DisplayName("R-MEM-3 a new member starts with an empty profile offered to nobody")
  void registrationStartsWithAnEmptyProfile() {
    InMemoryClubAide club = InMemoryClubAide.withSeedTerms();

    MemberId id = club.registration().register(Members.aRegistration().build());

    Member member = club.members().findById(id).orElseThrow();
    assertEquals(Profile.EMPTY, member.profile());
    assertTrue(member.networkOfferHistory().isEmpty());
  }
}
