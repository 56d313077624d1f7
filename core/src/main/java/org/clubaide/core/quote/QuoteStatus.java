package org.clubaide.core.quote;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a quote. {@link #EXPIRED} is derived from the clock on every read (a proposed
 * quote whose validity date has passed) and never stored. Each status knows which {@link Action
 * actions} it allows; a refused action throws a {@link QuoteTransitionException} naming the status
 * and the action.
 *
 * <pre>
 * PROPOSED --accept--> ACCEPTED
 * PROPOSED --decline--> DECLINED   (by the member, or because another quote was accepted)
 * PROPOSED --(validity date passes)--> EXPIRED
 * </pre>
 */
public enum QuoteStatus {
  /** Offered and still valid: the member may accept or decline it. */
  PROPOSED(Action.ACCEPT, Action.DECLINE),
  /** Taken by the member; final. The contract is between the member and the provider. */
  ACCEPTED,
  /** Declined by the member, or closed because another quote of the request was accepted; final. */
  DECLINED,
  /** Still proposed but past its validity date; derived, never stored; final (R-SOL-6). */
  EXPIRED;

  /** What can be done to a quote. */
  public enum Action {
    /** The member accepts the offer. */
    ACCEPT("accept", "R-SOL-5"),
    /** The member declines the offer. */
    DECLINE("decline", "R-SOL-4");

    private final String verb;
    private final String rule;

    Action(String verb, String rule) {
      this.verb = verb;
      this.rule = rule;
    }

    /** The action as a word, for messages. */
    public String verb() {
      return verb;
    }

    /** The rule that defines the action. */
    public String rule() {
      return rule;
    }
  }

  private final Set<Action> allowed;

  QuoteStatus(Action... allowed) {
    this.allowed =
        allowed.length == 0 ? EnumSet.noneOf(Action.class) : EnumSet.of(allowed[0], allowed);
  }

  /** Whether this status allows the action. */
  public boolean allows(Action action) {
    return allowed.contains(action);
  }

  /** Whether the quote can still be acted on (only {@link #PROPOSED}). */
  public boolean isOpen() {
    return !allowed.isEmpty();
  }
}
