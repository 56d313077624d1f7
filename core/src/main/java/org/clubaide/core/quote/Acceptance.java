package org.clubaide.core.quote;

import java.time.Instant;
import java.util.Objects;

/**
 * The record of a quote's acceptance, kept as proof of what the member confirmed (R-SOL-5).
 *
 * @param noticeVersion the version of the {@link IntermediaryNotice} the member confirmed
 * @param acknowledgedAt when the member confirmed it and accepted the quote
 * @param acceptedBy the login of the member who accepted
 */
public record Acceptance(String noticeVersion, Instant acknowledgedAt, String acceptedBy) {

  /** Checks the arguments. */
  public Acceptance {
    Objects.requireNonNull(noticeVersion, "noticeVersion");
    Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
    Objects.requireNonNull(acceptedBy, "acceptedBy");
  }
}
