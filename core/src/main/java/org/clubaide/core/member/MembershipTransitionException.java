package org.clubaide.core.member;

import org.clubaide.core.shared.IllegalTransitionException;

/**
 * An action that the member's participation no longer allows, such as renewing an ended
 * participation. It is an {@link IllegalTransitionException}, so callers handle it like any refused
 * transition; its message names the participation rather than a request.
 */
public class MembershipTransitionException extends IllegalTransitionException {
  private static final long serialVersionUID = 1L;

  /**
   * @param rule the rule that defines the lifecycle
   * @param status the status of the participation
   * @param action the refused action, for example {@code "renew the participation"}
   */
  public MembershipTransitionException(String rule, ParticipationStatus status, String action) {
    super(rule, status.name(), action);
  }

  /** A sentence naming the action and the status. */
  @Override
  public String getMessage() {
    return "Cannot " + action() + " for a member whose participation is " + state() + ".";
  }
}
