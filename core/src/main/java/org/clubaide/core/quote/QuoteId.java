package org.clubaide.core.quote;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a quote. Random, so that identifiers reveal neither order nor count.
 *
 * @param value the UUID
 */
public record QuoteId(UUID value) {

  /** Checks the argument. */
  public QuoteId {
    Objects.requireNonNull(value, "value");
  }

  /** A new random identifier. */
  public static QuoteId newId() {
    return new QuoteId(UUID.randomUUID());
  }

  /** Parses the textual UUID form. */
  public static QuoteId of(String text) {
    return new QuoteId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
