package org.clubaide.core.member;

/**
 * Where a member's participation stands (R-MEM-6, R-MEM-7). Only {@link #ACTIVE} and {@link #ENDED}
 * are stored; {@link #LAPSED} is derived from the clock on every read, like an expired quote.
 */
public enum ParticipationStatus {
  /** Running: the end date is today or later. */
  ACTIVE,
  /**
   * The end date has passed without a renewal. The member still logs in, reads their own data and
   * can renew; they are not called on by the network.
   */
  LAPSED,
  /** The member ended their participation; final. Logins are refused from then on. */
  ENDED
}
