package org.clubaide.core.notification;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: how far each of the {@link DeadlineChecks} went, so that the next run goes on from there
 * instead of reading everything again, and catches up after a pause. Written in the transaction of
 * the notifications the run made.
 */
public interface CheckProgress {

  /** The position a check stored, if it ever ran. */
  Optional<String> position(String check);

  /** Stores the position a check reached. */
  void save(String check, String position, Instant at);
}
