package org.clubaide.web.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The Service's clock: the system's, in the Service's zone, to the microsecond (what the databases
 * store). For integration tests only, business time can be moved forward by an offset, so that a
 * test sees a deadline pass without waiting; the offset can be changed only when the deployment
 * sets {@code clubaide.clock.control.enabled=true}, which a production server never does.
 */
public final class ServiceClock extends Clock {

  private final Clock system;
  private final boolean controllable;
  private volatile Duration offset = Duration.ZERO;

  /**
   * @param zone the Service's zone
   * @param controllable whether {@link #moveBy} is allowed (test deployments only)
   */
  public ServiceClock(ZoneId zone, boolean controllable) {
    this(Clock.tick(Clock.system(zone), Duration.ofNanos(1_000)), controllable);
  }

  private ServiceClock(Clock system, boolean controllable) {
    this.system = Objects.requireNonNull(system, "system");
    this.controllable = controllable;
  }

  /** Whether business time may be moved (test deployments only). */
  public boolean controllable() {
    return controllable;
  }

  /** How far business time is ahead of the system's. */
  public Duration offset() {
    return offset;
  }

  /**
   * Sets how far business time is ahead of the system's.
   *
   * @throws IllegalStateException unless the deployment allows it
   */
  public void moveBy(Duration ahead) {
    if (!controllable) {
      throw new IllegalStateException("Business time can be moved only on a test deployment");
    }
    offset = Objects.requireNonNull(ahead, "ahead");
  }

  @Override
  public ZoneId getZone() {
    return system.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    ServiceClock other = new ServiceClock(system.withZone(zone), controllable);
    other.offset = offset;
    return other;
  }

  @Override
  public Instant instant() {
    return system.instant().plus(offset);
  }
}
