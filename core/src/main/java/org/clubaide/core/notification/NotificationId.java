package org.clubaide.core.notification;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a notification; also the identifier of its e-mail and of the e-mail's Message-ID.
 *
 * @param value the UUID
 */
public record NotificationId(UUID value) {

  /** Checks the argument. */
  public NotificationId {
    Objects.requireNonNull(value, "value");
  }

  /** A new random identifier. */
  public static NotificationId newId() {
    return new NotificationId(UUID.randomUUID());
  }

  /** Parses the textual UUID form. */
  public static NotificationId of(String text) {
    return new NotificationId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
