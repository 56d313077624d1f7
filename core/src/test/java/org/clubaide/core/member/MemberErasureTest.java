package org.clubaide.core.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clubaide.core.testing.Members;
import org.clubaide.core.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Erasure by anonymisation of the member aggregate (R-PRV-2). */
class MemberErasureTest {

  private static final String ADA = "ada@example.org";
  private static final String AGENT = "agent@clubaide.invalid";

  private final MutableClock clock = MutableClock.atServiceStart();
  private final Member member = Members.aMember(ADA, clock);
  private final Instant now = clock.instant();

  private Member describedWithPhoto() {
    member.describe(
        new Profile(List.of("Tax law"), List.of("Sailing"), List.of("Speaks Breton"), true),
        ADA,
        now);
    member.changePhoto(Optional.of("photos/ada.jpg"), ADA, now);
    member.changeVisibility(FieldGroup.IDENTITY, Visibility.MEMBERS, AGENT, now);
    member.describe(new Profile(List.of("Tax law"), List.of(), List.of(), false), AGENT, now);
    return member;
  }

  @Test
  @DisplayName("R-PRV-2 erasure replaces identity and contact details with neutral values")
  void identityAndContactBecomeNeutral() {
    member.erase(ADA, now);

    assertEquals("Membre effacé", member.identity().displayName());
    assertEquals(Optional.empty(), member.identity().organisation());
    assertEquals(Member.erasedLogin(member.id()), member.contact().email());
    assertEquals(Member.ERASED_PHONE, member.contact().phone());
    assertEquals(Member.ERASED_ADDRESS, member.contact().postalAddress());
    assertTrue(member.isErased());
  }

  @Test
  @DisplayName("R-PRV-2 the neutral e-mail address is unique per member and in the .invalid domain")
  void neutralLoginIsUniqueAndUndeliverable() {
    String login = Member.erasedLogin(member.id());

    assertEquals("erased-" + member.id() + "@erased.invalid", login);
    assertEquals(login, new ContactDetails(login, Member.ERASED_PHONE, "x").email());
  }

  @Test
  @DisplayName("R-PRV-2 erasure empties the profile, withdraws the offer and removes the photo")
  void profileAndPhotoAreRemoved() {
    describedWithPhoto().erase(ADA, now);

    assertEquals(Profile.EMPTY, member.profile());
    assertEquals(Optional.empty(), member.photoRef());
  }

  @Test
  @DisplayName("R-PRV-2 the member's login in the histories becomes the neutral one; agents stay")
  void historiesLoseTheMembersLogin() {
    describedWithPhoto().erase(ADA, now);
    String neutral = Member.erasedLogin(member.id());

    assertTrue(member.consentHistory().stream().noneMatch(c -> c.changedBy().equals(ADA)));
    assertEquals(
        AGENT, member.consentHistory().get(member.consentHistory().size() - 1).changedBy());
    assertEquals(neutral, member.consentHistory().get(0).changedBy());
    assertEquals(neutral, member.networkOfferHistory().get(0).changedBy());
    assertTrue(member.networkOfferHistory().get(0).offered(), "what was chosen, and when, stays");
    assertEquals(AGENT, member.networkOfferHistory().get(1).changedBy());
  }

  @Test
  @DisplayName("R-PRV-2 erasure ends a running participation and keeps dates and choices")
  void erasureEndsTheParticipation() {
    member.erase(AGENT, now);

    assertTrue(member.hasEnded());
    assertEquals(Optional.of(now), member.endedAt());
    assertEquals(Members.aMember(ADA, clock).registeredAt(), member.registeredAt());
    assertEquals(1, member.acceptances().size());
  }

  @Test
  @DisplayName("R-PRV-2 erasure is recorded as an event; the member's own login is not in it")
  void erasureRaisesEventsWithoutTheLogin() {
    member.erase(ADA, now);
    List<MemberEvent> events = member.newEvents();

    assertInstanceOf(MemberEvent.ParticipationEnded.class, events.get(events.size() - 2));
    var erased = assertInstanceOf(MemberEvent.MemberErased.class, events.get(events.size() - 1));
    assertEquals(Member.erasedLogin(member.id()), erased.actor());
    assertEquals(Member.erasedLogin(member.id()), events.get(events.size() - 2).actor());
  }

  @Test
  @DisplayName("R-PRV-2 an agent who erases a member is recorded as such")
  void agentIsRecorded() {
    member.endParticipation(ADA, now);

    member.erase(AGENT, now.plusSeconds(1));

    var erased = assertInstanceOf(MemberEvent.MemberErased.class, last());
    assertEquals(AGENT, erased.actor());
    assertEquals(Optional.of(now), member.endedAt(), "the participation ended before");
  }

  @Test
  @DisplayName("R-PRV-2 erasing an erased member changes nothing")
  void erasingTwiceChangesNothing() {
    member.erase(ADA, now);
    Member.Snapshot erased = member.snapshot();
    int events = member.newEvents().size();

    assertFalse(member.erase(AGENT, now.plusSeconds(5)));

    assertEquals(erased, member.snapshot());
    assertEquals(events, member.newEvents().size());
  }

  private MemberEvent last() {
    return member.newEvents().get(member.newEvents().size() - 1);
  }
}
