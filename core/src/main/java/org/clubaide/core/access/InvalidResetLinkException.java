package org.clubaide.core.access;

import org.clubaide.core.shared.RuleViolationException;

/**
 * A password link that cannot be used: unknown, expired, already used or voided. Every case gives
 * the same message, so that the answer tells nothing about which links exist (R-PRV-1).
 */
public class InvalidResetLinkException extends RuleViolationException {
  private static final long serialVersionUID = 1L;

  /** The one message of every refused link. */
  public static final String MESSAGE =
      "This link is not valid: it has expired, was already used, or is unknown. Ask for a new one.";

  /** The refusal, on the field {@code token}. */
  public InvalidResetLinkException() {
    super("R-PRV-1", "token", MESSAGE);
  }
}
