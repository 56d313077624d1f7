package org.clubaide.core.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Limits password guessing (OWASP ASVS V2.2.1): at most {@value #DEFAULT_MAX_FAILURES} failed logins
 * per login name and per client address in any hour. The window slides: a failure counts for one
 * hour after it happened. While a login or an address is over the limit, every attempt is refused
 * before its password is even checked, the right password included, until enough failures have
 * aged out; a successful login forgets its login's failures (not its address's, or a guesser could
 * clear its own counter with an account of its own).
 *
 * <p>Login names without an account are counted like the others, and the refusal is the same, so
 * the throttle never tells which accounts exist. Several servers sharing one database may let a
 * few more attempts through when they check at the same moment; the bound stays of this order.
 */
public final class LoginThrottle {

  /** Failed logins allowed per login name and per address within the window. */
  public static final int DEFAULT_MAX_FAILURES = 100;

  /** The length of the sliding window. */
  public static final Duration DEFAULT_WINDOW = Duration.ofHours(1);

  private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

  /** What the throttle says about an attempt. */
  public sealed interface Verdict {

    /** The attempt may go on to the password check. */
    record Allowed() implements Verdict {}

    /**
     * The attempt is refused without checking the password.
     *
     * @param retryAfter how long until an attempt may be allowed again, at least one second
     */
    record Refused(Duration retryAfter) implements Verdict {}

    /**
     * Whether the attempt may go on.
     *
     * @return {@code true} for {@link Allowed}
     */
    default boolean allowed() {
      return this instanceof Allowed;
    }
  }

  private final LoginFailures failures;
  private final Clock clock;
  private final int maxFailures;
  private final Duration window;
  private volatile Instant lastPurge = Instant.MIN;

  /**
   * The throttle with the defaults: {@value #DEFAULT_MAX_FAILURES} failures an hour.
   *
   * @param failures where failures are counted
   * @param clock tells the time
   */
  public LoginThrottle(LoginFailures failures, Clock clock) {
    this(failures, clock, DEFAULT_MAX_FAILURES, DEFAULT_WINDOW);
  }

  /**
   * A throttle with its own limit.
   *
   * @param failures where failures are counted
   * @param clock tells the time
   * @param maxFailures failures allowed per key within the window, at least 1
   * @param window the length of the sliding window, positive
   */
  public LoginThrottle(LoginFailures failures, Clock clock, int maxFailures, Duration window) {
    this.failures = Objects.requireNonNull(failures, "failures");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (maxFailures < 1) {
      throw new IllegalArgumentException("At least one failure is allowed");
    }
    this.maxFailures = maxFailures;
    this.window = Objects.requireNonNull(window, "window");
    if (window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException("The window is positive");
    }
  }

  /**
   * Whether a login attempt may go on to the password check.
   *
   * @param login the login name as typed, or {@code null} when the attempt names none (an API
   *     token)
   * @param address the client's address
   * @return allowed, or refused with the time to wait
   */
  public Verdict check(String login, String address) {
    Instant now = clock.instant();
    Instant since = now.minus(window);
    Duration wait = Duration.ZERO;
    for (ThrottleKey key : keys(login, address)) {
      LoginFailures.Tally tally = failures.since(key, since);
      if (tally.count() >= maxFailures) {
        Duration untilOldestAgesOut =
            Duration.between(now, tally.oldest().orElse(now).plus(window));
        Duration atLeastASecond = max(untilOldestAgesOut, Duration.ofSeconds(1));
        wait = max(wait, atLeastASecond);
      }
    }
    return wait.isZero() ? new Verdict.Allowed() : new Verdict.Refused(roundUp(wait));
  }

  /**
   * Counts a failed attempt against its login name and its address.
   *
   * @param login the login name as typed, or {@code null} when none was named
   * @param address the client's address
   */
  public void failed(String login, String address) {
    Instant now = clock.instant();
    for (ThrottleKey key : keys(login, address)) {
      failures.record(key, now);
    }
    if (now.isAfter(lastPurge.plus(PURGE_EVERY))) {
      lastPurge = now;
      failures.forgetBefore(now.minus(window));
    }
  }

  /**
   * Forgets the failures of a login name after it logged in.
   *
   * @param login the login name
   */
  public void succeeded(String login) {
    failures.forget(ThrottleKey.account(login));
  }

  /**
   * The most failures allowed per key within the window.
   *
   * @return the limit
   */
  public int maxFailures() {
    return maxFailures;
  }

  /**
   * The length of the sliding window.
   *
   * @return the window
   */
  public Duration window() {
    return window;
  }

  private static List<ThrottleKey> keys(String login, String address) {
    List<ThrottleKey> keys = new ArrayList<>(2);
    Optional.ofNullable(login).filter(l -> !l.isBlank()).map(ThrottleKey::account).ifPresent(keys::add);
    keys.add(ThrottleKey.address(address == null ? "unknown" : address));
    return keys;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Duration roundUp(Duration wait) {
    long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
    return Duration.ofSeconds(seconds);
  }
}
