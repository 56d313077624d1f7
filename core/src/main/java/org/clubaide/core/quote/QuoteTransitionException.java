package org.clubaide.core.quote;

import org.clubaide.core.shared.IllegalTransitionException;

/**
 * An action the current status of a quote does not allow, such as accepting a declined quote. It is
 * an {@link IllegalTransitionException}, so callers handle it like any refused transition; its
 * message names the quote rather than a request.
 */
public class QuoteTransitionException extends IllegalTransitionException {
  private static final long serialVersionUID = 1L;

  /**
   * @param status the status the quote is in
   * @param action the refused action
   */
  public QuoteTransitionException(QuoteStatus status, QuoteStatus.Action action) {
    super(action.rule(), status.name(), action.verb());
  }

  /** A sentence naming the action and the status: "Cannot accept a quote that is DECLINED." */
  @Override
  public String getMessage() {
    return "Cannot " + action() + " a quote that is " + state() + ".";
  }
}
