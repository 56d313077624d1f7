package org.clubaide.core.network;

/**
 * Why a call for help was closed; recipients see it, so that nobody works for nothing (R-REQ-8).
 */
public enum CloseReason {
  /** The member withdrew the request: solved on their side or no longer arising. */
  REQUEST_WITHDRAWN,
  /** The member postponed the request; a new call may follow when it resumes. */
  REQUEST_POSTPONED,
  /** The request was closed or declined. */
  REQUEST_ENDED,
  /** The Service ended the call, for example because enough answers came in. */
  ENDED_BY_SERVICE
}
