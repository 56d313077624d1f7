package org.clubaide.core.access;

import java.util.Objects;
import org.clubaide.core.shared.RuleViolationException;

/**
 * What makes a password acceptable (R-PRV-1, OWASP ASVS V2.1.1, V2.1.2 and V2.1.7): 12 to 128
 * characters, not only white space, and not one of the {@link CommonPasswords common passwords}.
 * Any character is allowed, spaces included, and no composition rule is imposed (ASVS V2.1.9).
 */
public final class PasswordPolicy {

  /** The fewest characters a password may have. */
  public static final int MIN_LENGTH = 12;

  /** The most characters a password may have. */
  public static final int MAX_LENGTH = 128;

  private static final PasswordPolicy STANDARD = new PasswordPolicy(CommonPasswords.bundled());

  private final CommonPasswords common;

  /**
   * A policy refusing the given common passwords.
   *
   * @param common the passwords to refuse
   */
  public PasswordPolicy(CommonPasswords common) {
    this.common = Objects.requireNonNull(common, "common");
  }

  /**
   * The policy of the platform, with the {@link CommonPasswords#bundled() bundled list}.
   *
   * @return the standard policy
   */
  public static PasswordPolicy standard() {
    return STANDARD;
  }

  /**
   * Fails with a readable message when the password is not acceptable.
   *
   * @param password the password, possibly {@code null}
   * @throws RuleViolationException on the field {@code password} when it is not acceptable
   */
  public void check(char[] password) {
    check(password, "password");
  }

  /**
   * Fails with a readable message naming {@code field} when the password is not acceptable.
   *
   * @param password the password, possibly {@code null}
   * @param field the input field that holds it
   * @throws RuleViolationException when it is not acceptable
   */
  public void check(char[] password, String field) {
    int length = password == null ? 0 : password.length;
    RuleViolationException.require(
        length >= MIN_LENGTH && length <= MAX_LENGTH,
        "R-PRV-1",
        field,
        "The password must have " + MIN_LENGTH + " to " + MAX_LENGTH + " characters.");
    boolean onlyBlank = true;
    for (char c : password) {
      onlyBlank &= Character.isWhitespace(c);
    }
    RuleViolationException.require(
        !onlyBlank, "R-PRV-1", field, "The password cannot be only white space.");
    RuleViolationException.require(
        !common.contains(password),
        "R-PRV-1",
        field,
        "This password is one of the most common ones, which attackers try first: choose another.");
  }
}
