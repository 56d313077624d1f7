package org.clubaide.core.access;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a personal access token (not the token itself, which is secret).
 *
 * @param value the UUID
 */
public record ApiTokenId(UUID value) {

  /** Checks the argument. */
  public ApiTokenId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * A new random identifier.
   *
   * @return the identifier
   */
  public static ApiTokenId newId() {
    return new ApiTokenId(UUID.randomUUID());
  }

  /**
   * Parses the textual UUID form.
   *
   * @param text the UUID
   * @return the identifier
   * @throws IllegalArgumentException when the text is no UUID
   */
  public static ApiTokenId of(String text) {
    return new ApiTokenId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
