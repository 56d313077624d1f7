package org.clubaide.core.quote;

import java.util.Optional;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.request.RequestId;

/**
 * Port: who raised a help request. Quotes need it to keep the requester from quoting on their own
 * request and to let only the requester (or the Service) read, accept and decline the quotes. An
 * application wires it to the help requests, for example {@code id ->
 * helpRequests.findById(id).map(HelpRequest::requester)}.
 */
@FunctionalInterface
public interface RequestOwnership {

  /** The member who raised the request, or empty when there is no such request. */
  Optional<MemberId> requesterOf(RequestId requestId);
}
