package org.clubaide.core.request;

/**
 * How far the solutions solved the problem, as the member says when closing. There is no
 * obligation of result: the answer gives no claim (R-REQ-9).
 */
public enum Satisfaction {
  /** The problem is solved. */
  SOLVED,
  /** Part of the problem is solved. */
  PARTLY_SOLVED,
  /** The solutions did not solve the problem. */
  NOT_SOLVED
}
