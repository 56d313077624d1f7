package org.clubaide.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests move by hand, so that business time passes without waiting. Clocks derived
 * with {@link #withZone} share the same instant: moving one moves them all.
 */
public final class MutableClock extends Clock {

  /** The zone of the central Service, which defines calendar days. */
  public static final ZoneId SERVICE_ZONE = ZoneId.of("Europe/Paris");

  /** The day on which {@link #atServiceStart()} starts. */
  public static final LocalDate START_DAY = LocalDate.of(2025, 3, 10);

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /** A clock showing {@code instant} in {@code zone}. */
  public static MutableClock at(Instant instant, ZoneId zone) {
    return new MutableClock(new AtomicReference<>(Objects.requireNonNull(instant)), zone);
  }

  /** A clock at 09:00 on {@link #START_DAY} in the Service's zone. */
  public static MutableClock atServiceStart() {
    return at(
        LocalDateTime.of(START_DAY, LocalTime.of(9, 0)).atZone(SERVICE_ZONE).toInstant(),
        SERVICE_ZONE);
  }

  /** Moves the clock forward (or backward, for a negative duration). */
  /** Noon of {@code day} in the Service's zone. */
  public static MutableClock atNoon(LocalDate day) {
    return at(day.atTime(12, 0).atZone(SERVICE_ZONE).toInstant(), SERVICE_ZONE);
  }

  public MutableClock advance(Duration duration) {
    now.updateAndGet(i -> i.plus(duration));
    return this;
  }

  /** Moves the clock by whole days, keeping the time of day. */
  public MutableClock advanceDays(long days) {
    return advance(Duration.ofDays(days));
  }

  /** Sets the clock to {@code instant}. */
  public MutableClock setTo(Instant instant) {
    now.set(Objects.requireNonNull(instant));
    return this;
  }

  /** The calendar day the clock shows in its zone. */
  public LocalDate today() {
    return LocalDate.now(this);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId otherZone) {
    return new MutableClock(now, otherZone);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public String toString() {
    return "MutableClock[" + now.get() + ", " + zone + "]";
  }
}
