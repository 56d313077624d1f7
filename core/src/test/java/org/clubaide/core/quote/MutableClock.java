package org.clubaide.core.quote;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that tests move by hand, so that nothing sleeps. */
final class MutableClock extends Clock {

  private final ZoneId zone;
  private Instant now;

  MutableClock(Instant now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** Noon, Paris time, on the given day. */
  static MutableClock at(LocalDate day) {
    ZoneId paris = ZoneId.of("Europe/Paris");
    return new MutableClock(day.atTime(12, 0).atZone(paris).toInstant(), paris);
  }

  /** Moves the clock forward. */
  void advance(Duration by) {
    now = now.plus(by);
  }

  /** Moves the clock forward by whole days. */
  void advanceDays(long days) {
    advance(Duration.ofDays(days));
  }

  LocalDate today() {
    return LocalDate.ofInstant(now, zone);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new MutableClock(now, other == null ? ZoneOffset.UTC : other);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
