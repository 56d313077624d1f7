package org.clubaide.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.member.MemberId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccountTest {

  private static final Instant CREATED = Instant.parse("2025-03-10T08:00:00Z");

  @Test
  @DisplayName("R-PRV-1 a login name is kept trimmed and in lower case")
  void loginIsNormalised() {
    Account account =
        new Account(" Ada@Example.ORG ", "hash", Set.of(Role.MEMBER), Optional.empty(), CREATED);

    assertEquals("ada@example.org", account.login());
  }

  @Test
  @DisplayName("R-PRV-3 an account acts with its login, its member and its roles")
  void accountBecomesItsActor() {
    MemberId member = MemberId.newId();
    Account account =
        new Account("ada@example.org", "hash", Set.of(Role.MEMBER), Optional.of(member), CREATED);

    Actor actor = account.toActor();

    assertEquals("ada@example.org", actor.login());
    assertTrue(actor.is(member));
    assertEquals(Set.of(Role.MEMBER), actor.roles());
  }

  @Test
  @DisplayName("R-PRV-3 an account has at least one role")
  void accountWithoutRoleIsRefused() {
    Set<Role> none = Set.of();
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Account("x@example.org", "hash", none, Optional.empty(), CREATED));

    assertEquals("An account has at least one role", refused.getMessage());
  }
}
