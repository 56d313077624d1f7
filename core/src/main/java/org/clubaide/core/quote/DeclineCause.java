package org.clubaide.core.quote;

/** Why a quote was declined. */
public enum DeclineCause {
  /** The member who raised the request said no to this offer. */
  BY_MEMBER,
  /**
   * The member accepted another quote on the same request; this one can no longer be taken, and its
   * provider learns it at once so as not to spend time on it (R-SOL-4, R-REQ-8).
   */
  ANOTHER_QUOTE_ACCEPTED
}
