package org.clubaide.core.network;

/** The two parties of an introduction (R-NET-3). */
public enum IntroductionSide {
  /** The member who raised the request. */
  REQUESTER,
  /** The member or partner who answered the call for help. */
  HELPER;

  /** The other party. */
  public IntroductionSide other() {
    return this == REQUESTER ? HELPER : REQUESTER;
  }
}
