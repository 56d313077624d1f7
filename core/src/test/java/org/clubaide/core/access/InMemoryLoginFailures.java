package org.clubaide.core.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Failed logins kept in memory, in the order they were recorded. */
final class InMemoryLoginFailures implements LoginFailures {

  private record Failure(ThrottleKey key, Instant at) {}

  private final List<Failure> failures = new ArrayList<>();

  @Override
  public void record(ThrottleKey key, Instant at) {
    failures.add(new Failure(key, at));
  }

  @Override
  public Tally since(ThrottleKey key, Instant since) {
    List<Instant> times =
        failures.stream()
            .filter(f -> f.key().equals(key) && f.at().isAfter(since))
            .map(Failure::at)
            .toList();
    return new Tally(times.size(), times.stream().min(Instant::compareTo));
  }

  @Override
  public void forget(ThrottleKey key) {
    failures.removeIf(f -> f.key().equals(key));
  }

  @Override
  public void forgetBefore(Instant before) {
    failures.removeIf(f -> !f.at().isAfter(before));
  }

  /** How many failures are kept, all keys together. */
  int size() {
    return failures.size();
  }

  /** Whether any kept failure has this key. */
  boolean has(ThrottleKey key) {
    return failures.stream().anyMatch(f -> f.key().equals(key));
  }

  /** The oldest failure kept, if any. */
  Optional<Instant> oldest() {
    return failures.stream().map(Failure::at).min(Instant::compareTo);
  }
}
