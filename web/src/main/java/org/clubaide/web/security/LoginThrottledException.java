package org.clubaide.web.security;

import java.time.Duration;

/**
 * An attempt refused by the login throttle (HTTP 429 with {@code Retry-After}): too many failed
 * logins for this login name or from this address within the hour.
 */
public class LoginThrottledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;
  private final String type;

  /**
   * A refusal.
   *
   * @param retryAfter how long to wait
   */
  public LoginThrottledException(Duration retryAfter) {
    this(
        retryAfter,
        "too-many-requests",
        "Too many failed logins for this login or from this address; try again later.");
  }

  /**
   * A refusal of its own kind (password-reset requests).
   *
   * @param retryAfter how long to wait
   * @param type the problem type, as in {@code problems.properties}
   * @param message what was refused
   */
  public LoginThrottledException(Duration retryAfter, String type, String message) {
    super(message);
    this.retryAfter = retryAfter;
    this.type = type;
  }

  /** The problem type of the answer. */
  public String type() {
    return type;
  }

  /** How long to wait before trying again. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
