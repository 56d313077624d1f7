package org.clubaide.core.network;

import java.util.List;
import java.util.Optional;
import org.clubaide.core.request.RequestId;

/** Port: where introductions are kept. */
public interface IntroductionRepository {

  /**
   * Saves a new or changed introduction: its state and the events added since it was read.
   *
   * @throws org.clubaide.core.shared.ConflictException when it changed since it was read
   */
  void save(Introduction introduction);

  /** The introduction with this identifier. */
  Optional<Introduction> findById(IntroductionId id);

  /** The introductions about a request, oldest first. */
  List<Introduction> forRequest(RequestId request);

  /** The introduction proposed to the helper who answered the call, if any. */
  Optional<Introduction> findByCallAndHelper(CallId call, Participant helper);

  /**
   * A page of the introductions in which the participant is a party (the requester or the helper),
   * newest first (ties by the text form of the identifier), starting after {@code after} when
   * given, at most {@code limit}.
   */
  List<Introduction> involving(Participant party, Optional<IntroductionCursor> after, int limit);
}
