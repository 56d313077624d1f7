package org.clubaide.core.access;

import org.clubaide.core.shared.RuleViolationException;

/** What makes a password acceptable: 12 to 128 characters, not only white space. */
public final class PasswordPolicy {

  /** The fewest characters a password may have. */
  public static final int MIN_LENGTH = 12;

  /** The most characters a password may have. */
  public static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  /** Fails with a readable message when the password is not acceptable. */
  public static void check(char[] password) {
    int length = password == null ? 0 : password.length;
    RuleViolationException.require(
        length >= MIN_LENGTH && length <= MAX_LENGTH,
        "R-PRV-1",
        "password",
        "The password must have " + MIN_LENGTH + " to " + MAX_LENGTH + " characters.");
    boolean onlyBlank = true;
    for (char c : password) {
      onlyBlank &= Character.isWhitespace(c);
    }
    RuleViolationException.require(
        !onlyBlank, "R-PRV-1", "password", "The password cannot be only white space.");
  }
}
