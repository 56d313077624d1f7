package org.clubaide.core.request;

/** The deadlines of a request that the Service commits to (R-REQ-4, R-REQ-6). */
public enum DeadlineKind {
  /** The date by which the Service says whether it can work on the request. */
  DECISION,
  /** The date by which solutions are proposed. */
  SOLUTION
}
