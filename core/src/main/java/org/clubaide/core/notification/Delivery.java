package org.clubaide.core.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The e-mail of one notification, from the outbox to the SMTP server.
 *
 * @param notification what to send, and to whom
 * @param status pending, sent or failed
 * @param attempts how many attempts were started, the current one included
 * @param nextAttemptAt when a pending delivery may be attempted
 * @param lastError what the last failed attempt said, if any
 * @param claimedBy the server attempting it now, if any
 * @param claimedUntil until when that claim holds; after it, another server may attempt it
 * @param sentAt when the SMTP server accepted it
 */
public record Delivery(
    Notification notification,
    DeliveryStatus status,
    int attempts,
    Instant nextAttemptAt,
    Optional<String> lastError,
    Optional<String> claimedBy,
    Optional<Instant> claimedUntil,
    Optional<Instant> sentAt) {

  /** The most characters of a stored error. */
  public static final int ERROR_MAX = 500;

  /** Checks the arguments. */
  public Delivery {
    Objects.requireNonNull(notification, "notification");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(lastError, "lastError");
    Objects.requireNonNull(claimedBy, "claimedBy");
    Objects.requireNonNull(claimedUntil, "claimedUntil");
    Objects.requireNonNull(sentAt, "sentAt");
  }

  /** The notification's identifier, which identifies the delivery too. */
  public NotificationId id() {
    return notification.id();
  }
}
