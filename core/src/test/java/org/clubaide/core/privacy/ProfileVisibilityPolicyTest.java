package org.clubaide.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.FieldGroup;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.Profile;
import org.clubaide.core.member.Visibility;
import org.clubaide.core.testing.Actors;
import org.clubaide.core.testing.Members;
import org.clubaide.core.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Who sees what of a profile (R-MEM-4, R-PRV-2, R-PRV-3). */
class ProfileVisibilityPolicyTest {

  private static final String ADA = "ada@example.org";

  private final ProfileVisibilityPolicy policy = new ProfileVisibilityPolicy();
  private final MutableClock clock = MutableClock.atServiceStart();
  private final Member ada = Members.aMember(ADA, clock);
  private final Instant now = clock.instant();
  private final Actor otherMember = Actor.member("bob@example.org", MemberId.newId());

  /** Ada with a profile and a photo, her skills and photo opened to members. */
  private Member adaOpeningSkillsAndPhoto() {
    ada.describe(new Profile(List.of("Tax law"), List.of(), List.of(), true), ADA, now);
    ada.changePhoto(Optional.of("photos/ada.jpg"), ADA, now);
    ada.changeVisibility(FieldGroup.SKILLS, Visibility.MEMBERS, ADA, now);
    ada.changeVisibility(FieldGroup.PHOTO, Visibility.MEMBERS, ADA, now);
    return ada;
  }

  @Test
  @DisplayName("R-MEM-4 an anonymous visitor sees nothing, even of groups opened to members")
  void anonymousSeesNothing() {
    for (FieldGroup group : FieldGroup.values()) {
      ada.changeVisibility(group, Visibility.MEMBERS, ADA, now);
    }

    ProfileView view = policy.viewOf(ada, Optional.empty());

    assertTrue(view.isEmpty());
    assertEquals(ada.id(), view.member());
  }

  @Test
  @DisplayName("R-PRV-2 the member sees everything of their own profile, whatever they chose")
  void memberSeesEverything() {
    ada.changePhoto(Optional.of("photos/ada.jpg"), ADA, now);

    ProfileView view = policy.viewOf(ada, Optional.of(Members.actorFor(ada)));

    assertEquals(Optional.of(ada.identity()), view.identity());
    assertEquals(Optional.of(ada.contact()), view.contact());
    assertEquals(Optional.of(ada.profile()), view.profile());
    assertEquals(Optional.of("photos/ada.jpg"), view.photoRef());
  }

  @Test
  @DisplayName("R-MEM-4 the central Service sees everything: service-only is confidential to it")
  void serviceSeesEverything() {
    adaOpeningSkillsAndPhoto();

    for (Actor service : List.of(Actors.agent(), Actors.admin())) {
      assertEquals(
          EnumSet.allOf(FieldGroup.class), policy.visibleGroups(ada, Optional.of(service)));
    }
  }

  @Test
  @DisplayName("R-MEM-4 another member sees only the groups set to MEMBERS")
  void otherMemberSeesOpenedGroups() {
    adaOpeningSkillsAndPhoto();

    ProfileView view = policy.viewOf(ada, Optional.of(otherMember));

    assertEquals(Optional.empty(), view.identity());
    assertEquals(Optional.empty(), view.contact());
    assertEquals(Optional.of(ada.profile()), view.profile());
    assertEquals(Optional.of("photos/ada.jpg"), view.photoRef());
  }

  @Test
  @DisplayName("R-MEM-4 by default another member sees nothing of a profile")
  void defaultIsServiceOnly() {
    assertTrue(policy.viewOf(ada, Optional.of(otherMember)).isEmpty());
  }

  @Test
  @DisplayName("R-PRV-2 the photo is shown to another member only with the member's consent")
  void photoNeedsConsent() {
    ada.changePhoto(Optional.of("photos/ada.jpg"), ADA, now);
    ada.changeVisibility(FieldGroup.IDENTITY, Visibility.MEMBERS, ADA, now);

    ProfileView view = policy.viewOf(ada, Optional.of(otherMember));

    assertEquals(Optional.empty(), view.photoRef());
    assertEquals(Optional.of(ada.identity()), view.identity());
  }

  @Test
  @DisplayName("R-PRV-3 a partner sees what the member opened to members, and nothing else")
  void partnerSeesWhatMembersSee() {
    adaOpeningSkillsAndPhoto();

    assertEquals(
        Set.of(FieldGroup.SKILLS, FieldGroup.PHOTO),
        policy.visibleGroups(ada, Optional.of(Actors.partner())));
  }

  @Test
  @DisplayName(
      "R-PRV-3 nobody but the member and the Service sees a member whose participation ended")
  void endedMemberIsHidden() {
    adaOpeningSkillsAndPhoto();
    ada.endParticipation(ADA, now);

    assertTrue(policy.viewOf(ada, Optional.of(otherMember)).isEmpty());
    assertTrue(policy.viewOf(ada, Optional.of(Actors.partner())).isEmpty());
    assertEquals(
        Optional.of(ada.profile()), policy.viewOf(ada, Optional.of(Actors.agent())).profile());
  }
}
