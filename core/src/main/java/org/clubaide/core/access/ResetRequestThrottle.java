package org.clubaide.core.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Limits the password-reset requests from one client address: at most {@value
 * #DEFAULT_MAX_REQUESTS} in any hour (sliding window), counted in the same store as the failed
 * logins under a key of their own ({@link ThrottleKey#resetRequests}), so that a flood of requests
 * neither fills mailboxes nor spends the address's allowance of logins. Counts older than the
 * window are purged, at most once a minute.
 */
public final class ResetRequestThrottle {

  /** Requests allowed per address within the window. */
  public static final int DEFAULT_MAX_REQUESTS = 20;

  /** The length of the sliding window. */
  public static final Duration WINDOW = Duration.ofHours(1);

  private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

  private final LoginFailures counter;
  private final Clock clock;
  private final int maxRequests;
  private volatile Instant lastPurge = Instant.MIN;

  /**
   * A throttle with its limit.
   *
   * @param counter where requests are counted
   * @param clock tells the time
   * @param maxRequests requests allowed per address within the hour, at least 1
   */
  public ResetRequestThrottle(LoginFailures counter, Clock clock, int maxRequests) {
    this.counter = Objects.requireNonNull(counter, "counter");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (maxRequests < 1) {
      throw new IllegalArgumentException("At least one request is allowed");
    }
    this.maxRequests = maxRequests;
  }

  /**
   * Counts a request from the address, unless the address is over the limit.
   *
   * @param address the client's address
   * @return allowed (and counted), or refused with the time to wait
   */
  public LoginThrottle.Verdict request(String address) {
    ThrottleKey key = ThrottleKey.resetRequests(address == null ? "unknown" : address);
    Instant now = clock.instant();
    LoginFailures.Tally tally = counter.since(key, now.minus(WINDOW));
    if (tally.count() >= maxRequests) {
      Duration wait = Duration.between(now, tally.oldest().orElse(now).plus(WINDOW));
      long seconds = Math.max(1, wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0));
      return new LoginThrottle.Verdict.Refused(Duration.ofSeconds(seconds));
    }
    counter.record(key, now);
    if (now.isAfter(lastPurge.plus(PURGE_EVERY))) {
      lastPurge = now;
      counter.forgetBefore(now.minus(WINDOW));
    }
    return new LoginThrottle.Verdict.Allowed();
  }
}
