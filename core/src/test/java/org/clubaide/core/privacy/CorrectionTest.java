package org.clubaide.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.clubaide.core.member.Identity;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberEvent;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.core.testing.Members;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CorrectionTest {

  private final Instant now = Instant.parse("2026-03-10T09:00:00Z");

  @Test
  @DisplayName("R-PRV-2 a member corrects their identity, phone and address; the e-mail (login) stays")
  void corrects() {
    Member member = Members.aMember();
    String email = member.contact().email();

    boolean changed =
        member.correct(
            new Identity("Adèle", "Durand", Optional.of("Durand Conseil")),
            "+33 4 72 00 00 00",
            "3 place Bellecour, Lyon",
            email,
            now);

    assertTrue(changed);
    assertEquals("Adèle Durand", member.identity().displayName());
    assertEquals("+33 4 72 00 00 00", member.contact().phone());
    assertEquals("3 place Bellecour, Lyon", member.contact().postalAddress());
    assertEquals(email, member.contact().email());
    assertTrue(member.newEvents().stream().anyMatch(e -> e instanceof MemberEvent.DetailsCorrected));
  }

  @Test
  @DisplayName("R-PRV-2 a correction that changes nothing records nothing")
  void unchanged() {
    Member member = Members.aMember();
    int before = member.newEvents().size();

    assertFalse(
        member.correct(
            member.identity(),
            member.contact().phone(),
            member.contact().postalAddress(),
            member.contact().email(),
            now));
    assertEquals(before, member.newEvents().size());
  }

  @Test
  @DisplayName("R-PRV-2 a corrected detail follows the same rules as at registration")
  void checked() {
    Member member = Members.aMember();
    assertThrows(
        RuleViolationException.class,
        () -> member.correct(member.identity(), "not a phone", "Somewhere", "x", now));
    assertEquals(Members.aMember().contact().phone(), member.contact().phone());
  }
}
