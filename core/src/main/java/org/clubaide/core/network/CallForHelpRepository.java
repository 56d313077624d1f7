package org.clubaide.core.network;

import java.util.List;
import java.util.Optional;
import org.clubaide.core.request.RequestId;

/** Port: where calls for help are kept. */
public interface CallForHelpRepository {

  /**
   * Saves a new or changed call: its state and the events added since it was read.
   *
   * @throws org.clubaide.core.shared.ConflictException when the call changed since it was read
   */
  void save(CallForHelp call);

  /** The call with this identifier, with its answers and events. */
  Optional<CallForHelp> findById(CallId id);

  /** The open calls about a request, oldest first. */
  List<CallForHelp> openForRequest(RequestId request);

  /** The calls sent to a member or partner, newest first, at most {@code limit}. */
  default List<CallForHelp> sentTo(Participant recipient, int limit) {
    return sentTo(recipient, Optional.empty(), limit);
  }

  /**
   * A page of the calls sent to a member or partner, newest first (ties by the text form of the
   * identifier), starting after {@code after} when given, at most {@code limit}.
   */
  List<CallForHelp> sentTo(Participant recipient, Optional<CallCursor> after, int limit);
}
