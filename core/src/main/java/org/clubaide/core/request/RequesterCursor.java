package org.clubaide.core.request;

import java.time.Instant;
import java.util.Objects;

/**
 * Where the next page of a member's requests starts, newest first: after this submission time and
 * request (keyset paging, so pages stay fast however many requests a member raised).
 *
 * @param submittedAt the submission time of the last request of the previous page
 * @param id the last request of the previous page
 */
public record RequesterCursor(Instant submittedAt, RequestId id) {

  /** Checks the arguments. */
  public RequesterCursor {
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(id, "id");
  }

  /** The cursor after a summary. */
  public static RequesterCursor after(RequestSummary last) {
    return new RequesterCursor(last.submittedAt(), last.id());
  }

  /** Whether a request comes after this cursor in newest-first order (ties by identifier). */
  public boolean precedes(RequestSummary summary) {
    int byTime = summary.submittedAt().compareTo(submittedAt);
    return byTime < 0 || (byTime == 0 && summary.id().value().compareTo(id.value()) > 0);
  }
}
