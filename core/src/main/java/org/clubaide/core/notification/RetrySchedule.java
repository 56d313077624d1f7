package org.clubaide.core.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a failed e-mail is tried again: after {@code first}, then twice as long each time, never
 * longer than {@code cap}, until {@code maxAttempts} attempts failed; then it is failed for good
 * and shown to the administrator.
 *
 * @param first the wait after the first failure
 * @param cap the longest wait
 * @param maxAttempts how many attempts in all
 */
public record RetrySchedule(Duration first, Duration cap, int maxAttempts) {

  /** The defaults: 30 seconds, doubling up to one hour, ten attempts (about three hours in all). */
  public static final RetrySchedule DEFAULT =
      new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(1), 10);

  /** Checks the arguments. */
  public RetrySchedule {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(cap, "cap");
    if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0 || maxAttempts < 1) {
      throw new IllegalArgumentException(
          "A retry schedule needs 0 < first <= cap and at least one attempt");
    }
  }

  /**
   * When to try again after a failed attempt.
   *
   * @param attemptsMade how many attempts were made, the failed one included
   * @param now when it failed
   * @return the time of the next attempt, or empty when none is left
   */
  public Optional<Instant> nextAttempt(int attemptsMade, Instant now) {
    if (attemptsMade >= maxAttempts) {
      return Optional.empty();
    }
    Duration wait = first;
    for (int i = 1; i < attemptsMade && wait.compareTo(cap) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return Optional.of(now.plus(wait.compareTo(cap) > 0 ? cap : wait));
  }
}
