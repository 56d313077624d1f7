package org.clubaide.core.participation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.request.RequestId;

/**
 * What ending a participation did (R-MEM-6): when, and which open requests it withdrew.
 *
 * @param member the member
 * @param endedAt when the participation ended
 * @param withdrawnRequests the requests that were open and are now withdrawn, newest first
 */
public record EndedParticipation(
    MemberId member, Instant endedAt, List<RequestId> withdrawnRequests) {

  /** Checks and copies the arguments. */
  public EndedParticipation {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(endedAt, "endedAt");
    withdrawnRequests = List.copyOf(withdrawnRequests);
  }
}
