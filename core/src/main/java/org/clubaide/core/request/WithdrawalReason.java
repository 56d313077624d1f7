package org.clubaide.core.request;

import java.util.EnumSet;
import java.util.Set;

/** Why a request is withdrawn (R-REQ-8, R-MEM-6). */
public enum WithdrawalReason {
  /** The member solved the problem on their side. */
  SOLVED_ELSEWHERE,
  /** The problem no longer arises. */
  NO_LONGER_ARISES,
  /**
   * The member ended their participation (R-MEM-6): the Service withdrew every open request at
   * once. Set by the end-of-participation use case, not chosen in the withdrawal form.
   */
  PARTICIPATION_ENDED;

  /** The reasons a member chooses from when withdrawing one request. */
  public static Set<WithdrawalReason> memberChoices() {
    return EnumSet.of(SOLVED_ELSEWHERE, NO_LONGER_ARISES);
  }
}
