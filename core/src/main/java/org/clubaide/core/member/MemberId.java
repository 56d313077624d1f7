package org.clubaide.core.member;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a member. Random, so that identifiers reveal neither order nor count.
 *
 * @param value the UUID
 */
public record MemberId(UUID value) {

  /** Checks the argument. */
  public MemberId {
    Objects.requireNonNull(value, "value");
  }

  /** A new random identifier. */
  public static MemberId newId() {
    return new MemberId(UUID.randomUUID());
  }

  /** Parses the textual UUID form. */
  public static MemberId of(String text) {
    return new MemberId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
