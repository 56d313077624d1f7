package org.clubaide.core.request;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a help request. Random, so that identifiers reveal neither order nor count.
 *
 * @param value the UUID
 */
public record RequestId(UUID value) {

  /** Checks the argument. */
  public RequestId {
    Objects.requireNonNull(value, "value");
  }

  /** A new random identifier. */
  public static RequestId newId() {
    return new RequestId(UUID.randomUUID());
  }

  /** Parses the textual UUID form. */
  public static RequestId of(String text) {
    return new RequestId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
