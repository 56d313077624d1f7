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
    super(action.rule(), "a quote", status.name(), action.verb());
  }
}
