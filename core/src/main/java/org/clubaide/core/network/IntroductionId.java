package org.clubaide.core.network;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an introduction ("mise en contact"). Random, so that identifiers reveal neither order
 * nor count.
 *
 * @param value the UUID
 */
public record IntroductionId(UUID value) {

  /** Checks the argument. */
  public IntroductionId {
    Objects.requireNonNull(value, "value");
  }

  /** A new random identifier. */
  public static IntroductionId newId() {
    return new IntroductionId(UUID.randomUUID());
  }

  /** Parses the textual UUID form. */
  public static IntroductionId of(String text) {
    return new IntroductionId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
