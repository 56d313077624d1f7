package org.clubaide.core.member;

import java.time.Instant;
import java.util.Objects;

/**
 * One change of the member's choice to offer their skills, hobbies and particularities to the
 * network (R-MEM-3), kept like every other choice: who, what, when (R-MEM-5).
 *
 * @param offered whether the profile is offered to the network after the change
 * @param changedAt when
 * @param changedBy the login that made the change
 */
public record NetworkOfferChange(boolean offered, Instant changedAt, String changedBy) {

  /** Checks the arguments. */
  public NetworkOfferChange {
    Objects.requireNonNull(changedAt, "changedAt");
    Objects.requireNonNull(changedBy, "changedBy");
  }
}
