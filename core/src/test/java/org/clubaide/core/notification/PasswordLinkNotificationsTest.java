package org.clubaide.core.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clubaide.core.access.PasswordReset;
import org.clubaide.core.access.ResetMailer;
import org.clubaide.core.access.TokenDigest;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.testing.InMemoryOutbox;
import org.clubaide.core.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordLinkNotificationsTest {

  private final MutableClock clock = MutableClock.atServiceStart();
  private final InMemoryOutbox outbox = new InMemoryOutbox();
  private final PasswordLinkNotifications mailer = new PasswordLinkNotifications(outbox, clock);

  private PasswordReset link(PasswordReset.Purpose purpose) {
    Instant now = clock.instant();
    return new PasswordReset(
        UUID.randomUUID(),
        "ada@example.org",
        purpose,
        TokenDigest.of("the-secret"),
        now,
        now.plusSeconds(3600),
        Optional.empty(),
        Optional.empty());
  }

  @Test
  @DisplayName("R-PRV-1 a reset link goes by e-mail to the login, never to a member's in-app list")
  void resetByEmailOnly() {
    PasswordReset reset = link(PasswordReset.Purpose.RESET);

    mailer.send(new ResetMailer.Link(reset, "the-secret"));

    Notification written = outbox.all().get(0);
    assertEquals(Recipient.login("ada@example.org"), written.recipient());
    assertEquals(NotificationKind.PASSWORD_RESET, written.kind());
    assertEquals(Map.of("token", "the-secret"), written.params());
    assertTrue(written.byEmail());
    assertEquals("password-reset:" + reset.id(), written.idempotencyKey());
    assertTrue(outbox.delivery(written.id()).isPresent(), "through the outbox and its retries");
    assertTrue(written.kind().carriesSecret());
    assertEquals(
        List.of(),
        outbox.inbox(Recipient.member(MemberId.newId()), Optional.empty(), 100),
        "no member's list holds it");
  }

  @Test
  @DisplayName("R-PRV-1 an invitation is its own kind of e-mail")
  void invitation() {
    mailer.send(new ResetMailer.Link(link(PasswordReset.Purpose.INVITATION), "the-secret"));

    assertEquals(NotificationKind.ACCOUNT_INVITATION, outbox.all().get(0).kind());
    assertTrue(NotificationKind.ACCOUNT_INVITATION.carriesSecret());
    assertFalse(NotificationKind.REQUEST_RECEIVED.carriesSecret());
  }

  @Test
  @DisplayName("R-PRV-1 a login recipient reads back from its key, in lower case")
  void loginRecipient() {
    Recipient recipient = Recipient.login(" Ada@Example.org ");

    assertEquals("login:ada@example.org", recipient.key());
    assertEquals(recipient, Recipient.parse("login:ada@example.org"));
    assertThrows(IllegalArgumentException.class, () -> Recipient.login(" "));
    assertThrows(IllegalArgumentException.class, () -> Recipient.login("x".repeat(255)));
  }
}
