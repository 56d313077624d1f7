package org.clubaide.core.request;

import java.util.List;
import java.util.Optional;
import org.clubaide.core.member.MemberId;

/** Port: where help requests are kept. */
public interface HelpRequestRepository {

  /**
   * Saves a new or changed request: its state, and the events and solutions added since it was
   * read.
   *
   * @throws org.clubaide.core.shared.ConflictException when the request changed since it was read
   */
  void save(HelpRequest request);

  /** The request with this identifier, with its solutions and timeline. */
  Optional<HelpRequest> findById(RequestId id);

  /**
   * Open requests (submitted, accepted, postponed) ordered by next deadline then identifier,
   * starting after the cursor when one is given.
   */
  List<RequestSummary> openByNextDeadline(Optional<QueueCursor> after, int limit);

  /**
   * A member's requests, newest first (ties by identifier), starting after the cursor when one is
   * given.
   */
  List<RequestSummary> byRequester(MemberId requester, Optional<RequesterCursor> after, int limit);

  /** The first page of a member's requests, newest first. */
  default List<RequestSummary> byRequester(MemberId requester, int limit) {
    return byRequester(requester, Optional.empty(), limit);
  }
}
