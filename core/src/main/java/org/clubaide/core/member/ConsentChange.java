package org.clubaide.core.member;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the consent history: who set which visibility on which group, and when (R-MEM-5).
 *
 * @param group the field group
 * @param visibility the visibility chosen
 * @param changedAt when
 * @param changedBy the login that made the change
 */
public record ConsentChange(
    FieldGroup group, Visibility visibility, Instant changedAt, String changedBy) {

  /** Checks the arguments. */
  public ConsentChange {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(visibility, "visibility");
    Objects.requireNonNull(changedAt, "changedAt");
    Objects.requireNonNull(changedBy, "changedBy");
  }
}
