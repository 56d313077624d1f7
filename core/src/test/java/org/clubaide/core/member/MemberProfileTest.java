package org.clubaide.core.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.core.testing.Members;
import org.clubaide.core.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The profile offered to the network (R-MEM-3) and the photo (R-PRV-2). */
class MemberProfileTest {

  private static final String ADA = "ada@example.org";

  private final MutableClock clock = MutableClock.atServiceStart();
  private final Member member = Members.aMember(ADA, clock);
  private final Instant now = clock.instant();
  private final Profile offered =
      new Profile(List.of("Cash-flow planning"), List.of("Sailing"), List.of(), true);

  @Test
  @DisplayName("R-MEM-3 a new member has an empty profile, not offered to the network")
  void newMemberHasAnEmptyProfile() {
    assertEquals(Profile.EMPTY, member.profile());
    assertEquals(List.of(), member.networkOfferHistory());
  }

  @Test
  @DisplayName("R-MEM-3 the member describes their skills and the profile changes with an event")
  void describeChangesTheProfile() {
    assertTrue(member.describe(offered, ADA, now));

    assertEquals(offered, member.profile());
    var event = assertInstanceOf(MemberEvent.ProfileDescribed.class, last());
    assertTrue(event.skillsOfferedToNetwork());
    assertEquals(ADA, event.actor());
  }

  @Test
  @DisplayName("R-MEM-5 offering the profile to the network is kept in the offer history")
  void offerIsKeptInItsHistory() {
    member.describe(offered, ADA, now);
    Profile withdrawnOffer =
        new Profile(offered.skills(), offered.hobbies(), offered.particularities(), false);
    member.describe(withdrawnOffer, "agent@clubaide.invalid", now.plusSeconds(5));

    assertEquals(
        List.of(
            new NetworkOfferChange(true, now, ADA),
            new NetworkOfferChange(false, now.plusSeconds(5), "agent@clubaide.invalid")),
        member.networkOfferHistory());
  }

  @Test
  @DisplayName(
      "R-MEM-3 changing skills without changing the offer adds nothing to the offer history")
  void skillsAloneDoNotTouchTheOfferHistory() {
    member.describe(new Profile(List.of("Tax"), List.of(), List.of(), false), ADA, now);

    assertEquals(List.of(), member.networkOfferHistory());
    assertEquals(List.of("Tax"), member.profile().skills());
  }

  @Test
  @DisplayName("R-MEM-3 describing the same profile again changes nothing and raises no event")
  void sameProfileChangesNothing() {
    member.describe(offered, ADA, now);
    int events = member.newEvents().size();
    Profile sameOnceNormalised =
        new Profile(List.of("  Cash-flow   planning "), List.of("Sailing "), null, true);

    assertFalse(member.describe(sameOnceNormalised, ADA, now));
    assertEquals(events, member.newEvents().size());
  }

  @Test
  @DisplayName("R-PRV-2 a photo reference is kept, and removing it leaves none")
  void photoIsSetAndRemoved() {
    assertTrue(member.changePhoto(Optional.of(" photos/ada.jpg "), ADA, now));
    assertEquals(Optional.of("photos/ada.jpg"), member.photoRef());
    var set = assertInstanceOf(MemberEvent.PhotoChanged.class, last());
    assertTrue(set.present());

    assertTrue(member.changePhoto(Optional.empty(), ADA, now));
    assertEquals(Optional.empty(), member.photoRef());
    assertFalse(assertInstanceOf(MemberEvent.PhotoChanged.class, last()).present());
  }

  @Test
  @DisplayName("R-PRV-2 setting the photo the member already has changes nothing")
  void samePhotoChangesNothing() {
    member.changePhoto(Optional.of("photos/ada.jpg"), ADA, now);
    int events = member.newEvents().size();

    assertFalse(member.changePhoto(Optional.of(" photos/ada.jpg"), ADA, now));
    assertEquals(events, member.newEvents().size());
  }

  @Test
  @DisplayName("R-PRV-2 removing a photo the member does not have changes nothing")
  void removingNoPhotoChangesNothing() {
    assertFalse(member.changePhoto(Optional.of("  "), ADA, now));
    assertEquals(Optional.empty(), member.photoRef());
  }

  @ParameterizedTest
  @ValueSource(strings = {"photos/my photo.jpg", "tab\there"})
  @DisplayName("R-PRV-2 a photo reference with spaces is refused")
  void photoReferenceWithSpacesIsRefused(String reference) {
    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class,
            () -> member.changePhoto(Optional.of(reference), ADA, now));

    assertEquals("photo", refused.field());
    assertEquals(Optional.empty(), member.photoRef());
  }

  @Test
  @DisplayName("R-PRV-2 a photo reference longer than 200 characters is refused")
  void longPhotoReferenceIsRefused() {
    Optional<String> reference = Optional.of("p".repeat(Member.PHOTO_REF_MAX + 1));

    assertThrows(RuleViolationException.class, () -> member.changePhoto(reference, ADA, now));
  }

  @Test
  @DisplayName("R-MEM-3 the profile of a member whose participation ended cannot change")
  void endedMemberCannotDescribe() {
    member.endParticipation(ADA, now);

    assertThrows(MembershipTransitionException.class, () -> member.describe(offered, ADA, now));
    assertThrows(
        MembershipTransitionException.class,
        () -> member.changePhoto(Optional.of("p.jpg"), ADA, now));
    assertEquals(Profile.EMPTY, member.profile());
  }

  private MemberEvent last() {
    return member.newEvents().get(member.newEvents().size() - 1);
  }
}
