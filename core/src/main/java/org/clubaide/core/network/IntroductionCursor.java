package org.clubaide.core.network;

import java.time.Instant;
import java.util.Objects;

/**
 * Where the next page of a party's introductions starts, newest first: after this proposal time
 * and introduction (keyset paging).
 *
 * @param proposedAt the proposal time of the last introduction of the previous page
 * @param id the last introduction of the previous page
 */
public record IntroductionCursor(Instant proposedAt, IntroductionId id) {

  /** Checks the arguments. */
  public IntroductionCursor {
    Objects.requireNonNull(proposedAt, "proposedAt");
    Objects.requireNonNull(id, "id");
  }

  /** The cursor after an introduction as its party saw it. */
  public static IntroductionCursor after(IntroductionView last) {
    return new IntroductionCursor(last.proposedAt(), last.id());
  }

  /**
   * Whether an introduction proposed at {@code proposedAt} with identifier {@code introduction}
   * comes after this cursor in newest-first order; introductions proposed at the same instant come
   * in the order of the text form of their identifiers, as a database sorts them.
   */
  public boolean precedes(Instant proposedAt, IntroductionId introduction) {
    int byTime = proposedAt.compareTo(this.proposedAt);
    return byTime < 0 || (byTime == 0 && introduction.toString().compareTo(id.toString()) > 0);
  }
}
