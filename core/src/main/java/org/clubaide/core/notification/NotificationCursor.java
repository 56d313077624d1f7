package org.clubaide.core.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * Where the next page of a list of notifications, newest first, starts: after this one (keyset
 * paging).
 *
 * @param createdAt when the last notification of the previous page was written
 * @param id that notification
 */
public record NotificationCursor(Instant createdAt, NotificationId id) {

  /** Checks the arguments. */
  public NotificationCursor {
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(id, "id");
  }

  /** The cursor after a notification. */
  public static NotificationCursor after(Notification last) {
    return new NotificationCursor(last.createdAt(), last.id());
  }
}
