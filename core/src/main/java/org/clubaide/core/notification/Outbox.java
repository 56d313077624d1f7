package org.clubaide.core.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: where notifications are written, in the transaction of the change that caused them, and
 * read back as each recipient's in-app list. A notification sent by e-mail also gets a pending
 * delivery, which the {@link DeliveryQueue} hands out.
 */
public interface Outbox {

  /**
   * Writes the notification, and its pending e-mail delivery when it goes by e-mail, unless the
   * recipient already has one with the same idempotency key.
   *
   * @return whether it was written; false when the fact was told already
   */
  boolean add(Notification notification);

  /** The notification with this identifier. */
  Optional<Notification> find(NotificationId id);

  /** The recipient's notifications, newest first, starting after the cursor when one is given. */
  List<Notification> inbox(Recipient recipient, Optional<NotificationCursor> after, int limit);

  /** How many of the recipient's notifications are unread. */
  long unread(Recipient recipient);

  /**
   * Marks the recipient's notification read; marking it again keeps the first time.
   *
   * @return false when the recipient has no such notification
   */
  boolean markRead(Recipient recipient, NotificationId id, Instant at);
}
