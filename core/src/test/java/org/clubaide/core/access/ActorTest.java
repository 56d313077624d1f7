package org.clubaide.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.testing.Actors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ActorTest {

  @Test
  @DisplayName("R-PRV-3 a member acts as that member only and does not speak for the Service")
  void memberIsThatMemberOnly() {
    MemberId id = MemberId.newId();
    Actor member = Actor.member("ada@example.org", id);

    assertTrue(member.is(id));
    assertFalse(member.is(MemberId.newId()));
    assertEquals(id, member.requireMember());
    assertFalse(member.isService());
    assertTrue(member.has(Role.MEMBER));
  }

  @Test
  @DisplayName("R-PRV-3 a member cannot do what only the central Service does")
  void memberIsRefusedServiceActions() {
    Actor member = Actor.member("ada@example.org", MemberId.newId());

    AccessDeniedException refused =
        assertThrows(AccessDeniedException.class, () -> member.requireService("see the queue"));

    assertEquals("R-PRV-3", refused.rule());
    assertEquals("Only the central Service can see the queue.", refused.getMessage());
  }

  @Test
  @DisplayName("R-PRV-3 agents and administrators speak for the central Service")
  void agentsAndAdministratorsAreTheService() {
    assertTrue(Actors.agent().isService());
    assertTrue(Actors.admin().isService());
    assertFalse(Actors.partner().isService());
  }

  @Test
  @DisplayName("R-PRV-3 an actor who is no member cannot act as one")
  void nonMemberCannotActAsMember() {
    AccessDeniedException refused =
        assertThrows(AccessDeniedException.class, () -> Actors.agent().requireMember());

    assertEquals(
        "Only a member can do this; agent@clubaide.invalid is not one.", refused.getMessage());
    assertFalse(Actors.agent().is(MemberId.newId()));
  }

  @Test
  @DisplayName("R-PRV-3 an actor without any role is refused")
  void actorWithoutRoleIsRefused() {
    Set<Role> none = Set.of();
    assertThrows(IllegalArgumentException.class, () -> new Actor("nobody", Optional.empty(), none));
  }
}
