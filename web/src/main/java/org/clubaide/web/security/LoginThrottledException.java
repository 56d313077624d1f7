package org.clubaide.web.security;

import java.time.Duration;

/**
 * An attempt refused by the login throttle (HTTP 429 with {@code Retry-After}): too many failed
 * logins for this login name or from this address within the hour.
 */
public class LoginThrottledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * A refusal.
   *
   * @param retryAfter how long to wait
   */
  public LoginThrottledException(Duration retryAfter) {
    super("Too many failed logins for this login or from this address; try again later.");
    this.retryAfter = retryAfter;
  }

  /** How long to wait before trying again. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
