package org.clubaide.persistence.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A clock the tests move by hand, in the Service's zone. It starts at a time with microseconds, the
 * precision both databases keep, so round trips prove no fraction of a second is lost.
 */
public final class TestClock extends Clock {

  /** The zone of the central Service, which defines calendar days. */
  public static final ZoneId SERVICE_ZONE = ZoneId.of("Europe/Paris");

  private Instant now;

  private TestClock(Instant now) {
    this.now = now;
  }

  /** 09:15:30.123456 on 10 March 2025 in the Service's zone. */
  public static TestClock atServiceStart() {
    return at(Instant.parse("2025-03-10T08:15:30.123456Z"));
  }

  /** A clock showing {@code instant}. */
  public static TestClock at(Instant instant) {
    return new TestClock(instant);
  }

  /** Moves the clock forward. */
  public TestClock advance(Duration duration) {
    now = now.plus(duration);
    return this;
  }

  /** The calendar day the clock shows in the Service's zone. */
  public LocalDate today() {
    return LocalDate.now(this);
  }

  @Override
  public ZoneId getZone() {
    return SERVICE_ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("The test clock stays in the Service's zone");
  }

  @Override
  public Instant instant() {
    return now;
  }
}
