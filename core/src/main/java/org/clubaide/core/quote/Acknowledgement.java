package org.clubaide.core.quote;

/**
 * What the member confirms on the acceptance screen (R-SOL-5): that they read the {@link
 * IntermediaryNotice} of the given version and understand that the contract binds them and the
 * provider, with the Service as an intermediary only. The confirmation is an explicit act: the box
 * starts unticked, and an acceptance without it is refused.
 *
 * @param confirmed whether the member ticked the confirmation
 * @param noticeVersion the version of the notice the screen showed
 */
public record Acknowledgement(boolean confirmed, String noticeVersion) {

  /** The member confirmed the given version of the notice. */
  public static Acknowledgement confirmed(String noticeVersion) {
    return new Acknowledgement(true, noticeVersion);
  }
}
