package org.clubaide.core.request;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where the next page of a list ordered by next deadline starts: after this deadline and request
 * (keyset paging, so pages stay fast however long the list grows).
 *
 * @param nextDeadline the next deadline of the last request of the previous page
 * @param id the last request of the previous page
 */
public record QueueCursor(LocalDate nextDeadline, RequestId id) {

  /** Checks the arguments. */
  public QueueCursor {
    Objects.requireNonNull(nextDeadline, "nextDeadline");
    Objects.requireNonNull(id, "id");
  }

  /** The cursor after a summary. */
  public static QueueCursor after(RequestSummary last) {
    return new QueueCursor(last.nextDeadline().orElseThrow(), last.id());
  }
}
