package org.clubaide.core.access;

import org.clubaide.core.shared.RuleViolationException;

/**
 * The password given to confirm an action is not the account's (R-PRV-1). The web layer counts it
 * as a failed login, so that a stolen session cannot guess the password without limit.
 */
public class WrongPasswordException extends RuleViolationException {
  private static final long serialVersionUID = 1L;

  /**
   * A refusal on the given input field.
   *
   * @param field the field that held the wrong password
   */
  public WrongPasswordException(String field) {
    super("R-PRV-1", field, "The current password is not correct.");
  }
}
