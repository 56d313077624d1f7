package org.clubaide.core.access;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: the failed logins of the recent past, shared by every server of a deployment (a database
 * table in the reference deployment), so that an attacker gains nothing by spreading attempts over
 * servers.
 */
public interface LoginFailures {

  /**
   * What the failures of one key since a given time amount to.
   *
   * @param count how many failures
   * @param oldest the oldest of them, if any
   */
  record Tally(long count, Optional<Instant> oldest) {

    /** Checks the arguments. */
    public Tally {
      if (count < 0) {
        throw new IllegalArgumentException("A count is never negative");
      }
      if ((count == 0) != oldest.isEmpty()) {
        throw new IllegalArgumentException("The oldest failure exists exactly when one was counted");
      }
    }
  }

  /**
   * Records one failure.
   *
   * @param key what failed
   * @param at when
   */
  void record(ThrottleKey key, Instant at);

  /**
   * The failures of a key strictly after {@code since}.
   *
   * @param key the key
   * @param since the start of the window, excluded
   * @return their count and the oldest
   */
  Tally since(ThrottleKey key, Instant since);

  /**
   * Forgets every failure of a key.
   *
   * @param key the key
   */
  void forget(ThrottleKey key);

  /**
   * Forgets every failure at or before {@code before}, whatever its key.
   *
   * @param before the time
   */
  void forgetBefore(Instant before);
}
