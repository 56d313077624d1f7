package org.clubaide.core.network;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a partner of the network ("partenaire du réseau"): a firm or an expert outside the
 * club who can be called on for solutions and quotes (R-NET-1, R-SOL-2).
 *
 * @param value the UUID
 */
public record PartnerId(UUID value) {

  /** Checks the argument. */
  public PartnerId {
    Objects.requireNonNull(value, "value");
  }

  /** A new random identifier. */
  public static PartnerId newId() {
    return new PartnerId(UUID.randomUUID());
  }

  /** Parses the textual UUID form. */
  public static PartnerId of(String text) {
    return new PartnerId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
