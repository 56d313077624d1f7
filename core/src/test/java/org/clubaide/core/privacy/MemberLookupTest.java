package org.clubaide.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clubaide.core.member.Member;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.testing.Actors;
import org.clubaide.core.testing.InMemoryMemberRepository;
import org.clubaide.core.testing.Members;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MemberLookupTest {

  private final InMemoryMemberRepository members = new InMemoryMemberRepository();
  private final MemberLookup lookup = new MemberLookup(members);

  @Test
  @DisplayName("R-REQ-1 the Service finds the member who phoned by their e-mail address")
  void serviceFindsByEmail() {
    Member member = Members.aMember("alice@example.org");
    members.save(member);
    MemberLookup.Found found = lookup.byEmail(Actors.agent(), " ALICE@example.org ").orElseThrow();
    assertEquals(member.id(), found.id());
    assertEquals(member.identity().displayName(), found.name());
    assertFalse(found.ended());
    assertTrue(lookup.byEmail(Actors.agent(), "nobody@example.org").isEmpty());
    assertTrue(lookup.byEmail(Actors.agent(), " ").isEmpty());
    assertTrue(lookup.byEmail(Actors.agent(), null).isEmpty());
  }

  @Test
  @DisplayName("R-PRV-3 a member cannot look other members up")
  void membersCannotLookUp() {
    Member member = Members.aMember("bob@example.org");
    members.save(member);
    assertThrows(
        AccessDeniedException.class,
        () -> lookup.byEmail(Members.actorFor(member), "bob@example.org"));
  }
}
