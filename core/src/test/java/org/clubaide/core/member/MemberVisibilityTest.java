package org.clubaide.core.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.core.testing.Members;
import org.clubaide.core.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The member changes every choice at any time; each change is kept (R-MEM-4, R-MEM-5). */
class MemberVisibilityTest {

  private static final String ADA = "ada@example.org";

  private final MutableClock clock = MutableClock.atServiceStart();
  private final Member member = Members.aMember(ADA, clock);
  private final Instant later = clock.instant().plusSeconds(600);

  @Test
  @DisplayName("R-MEM-4 the member opens a group to members and it becomes visible to members")
  void openingAGroup() {
    assertTrue(member.changeVisibility(FieldGroup.SKILLS, Visibility.MEMBERS, ADA, later));

    assertEquals(Visibility.MEMBERS, member.visibilityOf(FieldGroup.SKILLS));
    assertEquals(Visibility.SERVICE_ONLY, member.visibilityOf(FieldGroup.IDENTITY));
  }

  @Test
  @DisplayName("R-MEM-5 each change is appended to the consent history: who, what, when")
  void changeIsAppendedToTheHistory() {
    int before = member.consentHistory().size();

    member.changeVisibility(FieldGroup.PHOTO, Visibility.MEMBERS, ADA, later);
    member.changeVisibility(
        FieldGroup.PHOTO, Visibility.SERVICE_ONLY, "agent@clubaide.invalid", later.plusSeconds(1));

    assertEquals(
        List.of(
            new ConsentChange(FieldGroup.PHOTO, Visibility.MEMBERS, later, ADA),
            new ConsentChange(
                FieldGroup.PHOTO,
                Visibility.SERVICE_ONLY,
                later.plusSeconds(1),
                "agent@clubaide.invalid")),
        member.consentHistory().subList(before, before + 2));
  }

  @Test
  @DisplayName("R-MEM-5 choosing the visibility a group already has adds no history entry")
  void noChangeNoEntry() {
    int before = member.consentHistory().size();
    int events = member.newEvents().size();

    assertFalse(member.changeVisibility(FieldGroup.IDENTITY, Visibility.SERVICE_ONLY, ADA, later));

    assertEquals(before, member.consentHistory().size());
    assertEquals(events, member.newEvents().size());
  }

  @Test
  @DisplayName("R-MEM-5 a change raises a VisibilityChanged event with the before and after")
  void changeRaisesAnEvent() {
    member.changeVisibility(FieldGroup.CONTACT_DETAILS, Visibility.MEMBERS, ADA, later);

    var event =
        assertInstanceOf(
            MemberEvent.VisibilityChanged.class,
            member.newEvents().get(member.newEvents().size() - 1));
    assertEquals(FieldGroup.CONTACT_DETAILS, event.group());
    assertEquals(Visibility.SERVICE_ONLY, event.from());
    assertEquals(Visibility.MEMBERS, event.to());
    assertEquals(later, event.occurredAt());
  }

  @Test
  @DisplayName("R-MEM-4 a change without a visibility is refused with a readable message")
  void missingVisibilityIsRefused() {
    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class,
            () -> member.changeVisibility(FieldGroup.PHOTO, null, ADA, later));

    assertEquals("visibility", refused.field());
    assertEquals("Choose who may see PHOTO.", refused.getMessage());
  }

  @Test
  @DisplayName("R-MEM-5 once the participation ended the choices are frozen")
  void endedMemberCannotChangeVisibility() {
    member.endParticipation(ADA, later);

    assertThrows(
        MembershipTransitionException.class,
        () -> member.changeVisibility(FieldGroup.PHOTO, Visibility.MEMBERS, ADA, later));
  }
}
