package org.clubaide.core.network;

/**
 * The lifecycle of an introduction (R-NET-3). Contact details pass only in {@link #AGREED}.
 *
 * <pre>
 * AWAITING_BOTH --requester consents--> AWAITING_HELPER --helper consents--> AGREED
 * AWAITING_BOTH --helper consents--> AWAITING_REQUESTER --requester consents--> AGREED
 * any AWAITING_* --either side refuses--> REFUSED
 * any AWAITING_* --the Service cancels--> CANCELLED
 * </pre>
 *
 * A party who already consented may still refuse while the other has not answered: nothing has
 * passed yet. {@link #REFUSED} and {@link #CANCELLED} look the same to the parties: "not possible"
 * ({@link #outwardName()}).
 */
public enum IntroductionStatus {
  /** Neither party has answered. */
  AWAITING_BOTH,
  /** The helper consented; the requester has not answered. */
  AWAITING_REQUESTER,
  /** The requester consented; the helper has not answered. */
  AWAITING_HELPER,
  /** Both consented; each may see the other's contact details. Final. */
  AGREED,
  /** A party refused. Final. */
  REFUSED,
  /** The Service cancelled it, for example because the request was withdrawn. Final. */
  CANCELLED;

  /** Whether the side has yet to answer. */
  public boolean awaits(IntroductionSide side) {
    return this == AWAITING_BOTH
        || (this == AWAITING_REQUESTER && side == IntroductionSide.REQUESTER)
        || (this == AWAITING_HELPER && side == IntroductionSide.HELPER);
  }

  /** Whether no final state is reached yet. */
  public boolean isPending() {
    return this == AWAITING_BOTH || this == AWAITING_REQUESTER || this == AWAITING_HELPER;
  }

  /**
   * The status after the side consents.
   *
   * @throws IllegalStateException when the status does not await the side
   */
  public IntroductionStatus afterConsentOf(IntroductionSide side) {
    if (!awaits(side)) {
      throw new IllegalStateException(this + " does not await " + side);
    }
    if (this != AWAITING_BOTH) {
      return AGREED;
    }
    return side == IntroductionSide.REQUESTER ? AWAITING_HELPER : AWAITING_REQUESTER;
  }

  /**
   * The name a party may be told: {@code NOT_POSSIBLE} for both {@link #REFUSED} and {@link
   * #CANCELLED}, so that a refusal reveals nothing; the name itself otherwise.
   */
  public String outwardName() {
    return this == REFUSED || this == CANCELLED ? "NOT_POSSIBLE" : name();
  }
}
