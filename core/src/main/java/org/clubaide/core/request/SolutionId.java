package org.clubaide.core.request;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a proposed solution.
 *
 * @param value the UUID
 */
public record SolutionId(UUID value) {

  /** Checks the argument. */
  public SolutionId {
    Objects.requireNonNull(value, "value");
  }

  /** A new random identifier. */
  public static SolutionId newId() {
    return new SolutionId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
