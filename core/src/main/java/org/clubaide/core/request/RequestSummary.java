package org.clubaide.core.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.clubaide.core.shared.Channel;

/**
 * One line of a list of requests (the agent queue, a member's dashboard): what is needed to show
 * and order it, without the timeline.
 *
 * @param id identifier
 * @param title title
 * @param status status
 * @param channel how it reached the Service
 * @param submittedAt submission time
 * @param neededBy the date by which help is needed
 * @param nextDeadline the next date to act by, empty once finished
 * @param decisionDueOn the agreed decision date, if any
 * @param solutionDueOn the solution deadline, once accepted
 * @param hasSolution whether a solution was proposed
 */
public record RequestSummary(
    RequestId id,
    String title,
    RequestStatus status,
    Channel channel,
    Instant submittedAt,
    LocalDate neededBy,
    Optional<LocalDate> nextDeadline,
    Optional<LocalDate> decisionDueOn,
    Optional<LocalDate> solutionDueOn,
    boolean hasSolution) {

  /** Checks the arguments. */
  public RequestSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(nextDeadline, "nextDeadline");
    Objects.requireNonNull(decisionDueOn, "decisionDueOn");
    Objects.requireNonNull(solutionDueOn, "solutionDueOn");
  }

  /** The summary of a whole request. */
  public static RequestSummary of(HelpRequest request) {
    return new RequestSummary(
        request.id(),
        request.title(),
        request.status(),
        request.channel(),
        request.submittedAt(),
        request.neededBy(),
        request.nextDeadline(),
        request.decisionDueOn(),
        request.solutionDeadline().map(SolutionDeadline::dueOn),
        !request.solutions().isEmpty());
  }

  /** Same rule as {@link HelpRequest#isOverdue(Clock)}, derived from the clock. */
  public boolean isOverdue(Clock clock) {
    LocalDate today = LocalDate.now(clock);
    return switch (status) {
      case SUBMITTED -> decisionDueOn.map(today::isAfter).orElse(false);
      case ACCEPTED -> !hasSolution && solutionDueOn.map(today::isAfter).orElse(false);
      default -> false;
    };
  }
}
