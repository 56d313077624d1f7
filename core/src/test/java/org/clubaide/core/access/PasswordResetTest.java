package org.clubaide.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordResetTest {

  private static final Instant T0 = Instant.parse("2025-03-10T08:00:00Z");

  private static PasswordReset link(Optional<Instant> used, Optional<Instant> voided) {
    return new PasswordReset(
        UUID.randomUUID(),
        " Ada@Example.org",
        PasswordReset.Purpose.RESET,
        TokenDigest.of("secret"),
        T0,
        T0.plusSeconds(3600),
        used,
        voided);
  }

  @Test
  @DisplayName("R-PRV-1 a link is active until it expires, is used or is voided")
  void statuses() {
    PasswordReset fresh = link(Optional.empty(), Optional.empty());
    assertEquals("ada@example.org", fresh.login());
    assertTrue(fresh.isActiveAt(T0));
    assertEquals(PasswordReset.Status.EXPIRED, fresh.statusAt(T0.plusSeconds(3600)));
    assertEquals(PasswordReset.Status.USED, link(Optional.of(T0), Optional.empty()).statusAt(T0));
    assertEquals(PasswordReset.Status.VOIDED, link(Optional.empty(), Optional.of(T0)).statusAt(T0));
    assertFalse(link(Optional.empty(), Optional.of(T0)).isActiveAt(T0));
  }

  @Test
  @DisplayName("R-PRV-1 a link expires after it is issued")
  void expiresAfterIssue() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new PasswordReset(
                UUID.randomUUID(),
                "ada@example.org",
                PasswordReset.Purpose.RESET,
                TokenDigest.of("secret"),
                T0,
                T0,
                Optional.empty(),
                Optional.empty()));
  }
}
