package org.clubaide.core.notification;

/**
 * What a notification says, each for one kind of recipient. The parameters each kind carries are
 * named in its description; the templates (French and English) turn them into text. Dates are ISO
 * days, enumerations their constant names.
 */
public enum NotificationKind {
  /** To the member: the Service received the request. {@code request, title, neededBy}. */
  REQUEST_RECEIVED,
  /**
   * To the Service: a new request to qualify (R-REQ-1). {@code request, title, neededBy, channel}.
   */
  NEW_REQUEST,
  /** To the member: the Service asks a question (R-REQ-3). {@code request, title, question}. */
  QUESTION_ASKED,
  /** To the Service: the member answered (R-REQ-3). {@code request, title, answer}. */
  QUESTION_ANSWERED,
  /** To the member: the decision date agreed (R-REQ-4). {@code request, title, decisionDueOn}. */
  DECISION_DATE_AGREED,
  /**
   * To the member: the request is accepted, with its solution deadline (R-REQ-4, R-REQ-6). {@code
   * request, title, route, solutionDueOn, immediate}.
   */
  REQUEST_ACCEPTED,
  /**
   * To the member: declined; no claim to compensation, and the participation may be ended (R-REQ-4,
   * R-REQ-5). {@code request, title, reason}.
   */
  REQUEST_DECLINED,
  /**
   * To the member: the delay notice, with the reason and the new date (R-REQ-7). {@code request,
   * title, deadline, from, to, reason}.
   */
  DEADLINE_MOVED,
  /**
   * To the member: a free simple solution was proposed (R-SOL-1). {@code request, title, solution}.
   */
  SOLUTION_PROPOSED,
  /**
   * To the Service: a deadline it committed to is near (R-REQ-7). {@code request, title, deadline,
   * dueOn}.
   */
  DEADLINE_APPROACHING,
  /**
   * To the Service: a deadline passed without the promised step; an agent must move it with a
   * reason, which tells the member (R-REQ-4, R-REQ-7). {@code request, title, deadline, dueOn}.
   */
  DEADLINE_MISSED,
  /**
   * To the Service: the member withdrew the request (R-REQ-8). {@code request, title, withdrawal}.
   */
  REQUEST_WITHDRAWN,
  /**
   * To the Service: the member postponed the request (R-REQ-8). {@code request, title, until,
   * reason}.
   */
  REQUEST_POSTPONED,
  /**
   * To a quote's provider: the request stopped needing help, so the quote is on hold or void
   * (R-REQ-8). {@code quote, quoteTitle, stop, until}.
   */
  REQUEST_STOPPED,
  /**
   * To the Service and the member: a postponed request reached its date. {@code request, title,
   * until}.
   */
  POSTPONED_DUE_AGAIN,
  /**
   * To a member or partner called on: the anonymous view only (R-NET-1, R-NET-2). {@code call,
   * label, kinds, neededBy, skills, summary}.
   */
  CALL_FOR_HELP,
  /** To the Service: a recipient offered help (R-NET-4). {@code call, request, answer}. */
  CALL_ANSWERED,
  /**
   * To a recipient still concerned: the call closed, and why (R-REQ-8). {@code call, label,
   * reason}.
   */
  CALL_CLOSED,
  /** To each party: their written consent is asked (R-NET-3). {@code introduction}. */
  INTRODUCTION_CONSENT_ASKED,
  /** To the other party: one party agreed (R-NET-3). {@code introduction}. */
  INTRODUCTION_CONSENT_GIVEN,
  /** To both parties: both agreed, contact details can be read (R-NET-3). {@code introduction}. */
  INTRODUCTION_CONTACTS_RELEASED,
  /**
   * To the party who did not refuse: the introduction is not possible, without saying why
   * (R-NET-3). {@code introduction}.
   */
  INTRODUCTION_NOT_POSSIBLE,
  /**
   * To the member: a quote for an accompaniment (R-SOL-2, R-SOL-3). {@code request, quote,
   * quoteTitle, usualPrice, memberPrice, validUntil}.
   */
  QUOTE_RECEIVED,
  /** To the provider: the member accepted the quote (R-SOL-5). {@code quote, quoteTitle}. */
  QUOTE_ACCEPTED,
  /** To the provider: the quote was declined. {@code quote, quoteTitle, cause}. */
  QUOTE_DECLINED,
  /**
   * To the member: a quote expires soon (R-SOL-6). {@code request, quote, quoteTitle, validUntil}.
   */
  QUOTE_EXPIRING,
  /**
   * To the member: a new terms version is in force, to accept (R-MEM-2). {@code terms, validFrom}.
   */
  TERMS_NEW_VERSION,
  /** To the member: the participation ends soon, to renew (R-MEM-7). {@code endsOn}. */
  PARTICIPATION_ENDING,
  /**
   * To a login: the link to choose a new password, valid one hour (R-PRV-1). {@code token}, a
   * secret: e-mail only, never in an in-app list.
   */
  PASSWORD_RESET,
  /**
   * To a new login: the invitation to choose a password, valid 72 hours (R-PRV-1). {@code token},
   * a secret: e-mail only, never in an in-app list.
   */
  ACCOUNT_INVITATION;

  /**
   * Whether the notification carries a secret (a password link): such a notification is sent by
   * e-mail only, to a {@link Recipient.OfLogin login}, and its parameters are never shown.
   *
   * @return {@code true} for {@link #PASSWORD_RESET} and {@link #ACCOUNT_INVITATION}
   */
  public boolean carriesSecret() {
    return this == PASSWORD_RESET || this == ACCOUNT_INVITATION;
  }
}
