package org.clubaide.core.network;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a call for help. Random, so that identifiers reveal neither order nor count.
 *
 * @param value the UUID
 */
public record CallId(UUID value) {

  /** Checks the argument. */
  public CallId {
    Objects.requireNonNull(value, "value");
  }

  /** A new random identifier. */
  public static CallId newId() {
    return new CallId(UUID.randomUUID());
  }

  /** Parses the textual UUID form. */
  public static CallId of(String text) {
    return new CallId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
