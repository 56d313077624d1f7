package org.clubaide.core.request;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When solutions are due on an accepted request: immediately (the day of acceptance) or a fixed
 * date (R-REQ-6).
 *
 * @param dueOn the day by which solutions are due
 * @param immediate whether the Service promised solutions at once
 */
public record SolutionDeadline(LocalDate dueOn, boolean immediate) {

  /** Checks the argument. */
  public SolutionDeadline {
    Objects.requireNonNull(dueOn, "dueOn");
  }

  /** Solutions at once, that is today. */
  public static SolutionDeadline immediate(LocalDate today) {
    return new SolutionDeadline(today, true);
  }

  /** Solutions by a fixed date. */
  public static SolutionDeadline fixed(LocalDate dueOn) {
    return new SolutionDeadline(dueOn, false);
  }
}
