package org.clubaide.core.participation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.ParticipationStatus;

/**
 * Where a member's participation stands, as the member sees it (R-MEM-7): the status today, the
 * last day of the period and, while it can still be renewed, the first day a renewal is accepted.
 *
 * @param member the member
 * @param status active, lapsed or ended, as of today
 * @param endsOn the last day of the current period
 * @param renewableFrom the first day a renewal is accepted; empty once ended
 * @param endedAt when the member ended their participation, once ended
 */
public record Participation(
    MemberId member,
    ParticipationStatus status,
    LocalDate endsOn,
    Optional<LocalDate> renewableFrom,
    Optional<Instant> endedAt) {

  /** Checks the arguments. */
  public Participation {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(endsOn, "endsOn");
    Objects.requireNonNull(renewableFrom, "renewableFrom");
    Objects.requireNonNull(endedAt, "endedAt");
  }
}
