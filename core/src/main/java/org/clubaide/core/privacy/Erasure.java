package org.clubaide.core.privacy;

import java.util.List;
import java.util.Objects;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.request.RequestId;

/**
 * What an erasure did (R-PRV-2).
 *
 * @param member the member
 * @param erasedNow whether this call erased the member; {@code false} when they already were
 * @param withdrawnRequests the requests that were still open and were withdrawn first
 * @param anonymisedRequests the requests whose requester text was erased
 */
public record Erasure(
    MemberId member,
    boolean erasedNow,
    List<RequestId> withdrawnRequests,
    List<RequestId> anonymisedRequests) {

  /** Checks and copies the arguments. */
  public Erasure {
    Objects.requireNonNull(member, "member");
    withdrawnRequests = List.copyOf(withdrawnRequests);
    anonymisedRequests = List.copyOf(anonymisedRequests);
  }
}
