package org.clubaide.core.request;

/** Why a member withdraws a request (R-REQ-8). */
public enum WithdrawalReason {
  /** The member solved the problem on their side. */
  SOLVED_ELSEWHERE,
  /** The problem no longer arises. */
  NO_LONGER_ARISES
}
