package org.clubaide.core.network;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one recipient sees of a call sent to them: the anonymous view of the request (R-NET-2), the
 * call's state and their own answer. Never the other recipients nor their answers.
 *
 * @param id the call
 * @param request the anonymous view of the request
 * @param sentAt when the call was sent
 * @param status open or closed
 * @param closeReason why it was closed, once closed
 * @param yourAnswer the recipient's own answer, once given
 */
public record RecipientCallView(
    CallId id,
    AnonymousRequestView request,
    Instant sentAt,
    CallStatus status,
    Optional<CloseReason> closeReason,
    Optional<CallAnswer> yourAnswer) {

  /** Checks the arguments. */
  public RecipientCallView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(closeReason, "closeReason");
    Objects.requireNonNull(yourAnswer, "yourAnswer");
  }
}
