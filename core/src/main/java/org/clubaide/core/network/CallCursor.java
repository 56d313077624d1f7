package org.clubaide.core.network;

import java.time.Instant;
import java.util.Objects;

/**
 * Where the next page of the calls sent to a member or partner starts, newest first: after this
 * sending time and call (keyset paging, so pages stay fast however many calls a recipient got).
 *
 * @param sentAt the sending time of the last call of the previous page
 * @param id the last call of the previous page
 */
public record CallCursor(Instant sentAt, CallId id) {

  /** Checks the arguments. */
  public CallCursor {
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(id, "id");
  }

  /** The cursor after a call as its recipient saw it. */
  public static CallCursor after(RecipientCallView last) {
    return new CallCursor(last.sentAt(), last.id());
  }

  /**
   * Whether a call sent at {@code sentAt} with identifier {@code call} comes after this cursor in
   * newest-first order; calls sent at the same instant come in the order of the text form of
   * their identifiers, as a database sorts them.
   */
  public boolean precedes(Instant sentAt, CallId call) {
    int byTime = sentAt.compareTo(this.sentAt);
    return byTime < 0 || (byTime == 0 && call.toString().compareTo(id.toString()) > 0);
  }
}
