package org.clubaide.core.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.NoSuchElementException;
import java.util.Optional;
import org.clubaide.core.testing.Actors;
import org.clubaide.core.testing.HelpRequests;
import org.clubaide.core.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RequestSummaryTest {

  private final MutableClock clock = MutableClock.atServiceStart();

  @Test
  @DisplayName("R-REQ-4 a summary carries what the queue needs to order and flag a request")
  void summaryCopiesTheRequest() {
    HelpRequest request = HelpRequests.accepted(clock);

    RequestSummary summary = RequestSummary.of(request);

    assertEquals(request.id(), summary.id());
    assertEquals(request.title(), summary.title());
    assertEquals(RequestStatus.ACCEPTED, summary.status());
    assertEquals(request.channel(), summary.channel());
    assertEquals(request.submittedAt(), summary.submittedAt());
    assertEquals(request.neededBy(), summary.neededBy());
    assertEquals(request.nextDeadline(), summary.nextDeadline());
    assertEquals(Optional.empty(), summary.decisionDueOn());
    assertEquals(request.solutionDeadline().map(SolutionDeadline::dueOn), summary.solutionDueOn());
    assertFalse(summary.hasSolution());
    assertTrue(RequestSummary.of(HelpRequests.withSolution(clock)).hasSolution());
  }

  @Test
  @DisplayName("R-REQ-4 a summary is overdue exactly when its request is, day after day")
  void summaryAgreesWithTheRequestOnOverdue() {
    HelpRequest deciding = HelpRequests.submitted(clock);
    deciding.agreeDecisionDate(Actors.agent(), clock.today().plusDays(2), clock);
    HelpRequest solving = HelpRequests.accepted(clock);
    HelpRequest postponed = HelpRequests.submitted(clock);
    postponed.postpone(Actors.agent(), clock.today().plusDays(1), null, clock);

    for (int day = 0; day < 10; day++) {
      for (HelpRequest request : new HelpRequest[] {deciding, solving, postponed}) {
        assertEquals(
            request.isOverdue(clock),
            RequestSummary.of(request).isOverdue(clock),
            request.status() + " on day " + day);
      }
      clock.advanceDays(1);
    }
    assertTrue(deciding.isOverdue(clock));
    assertTrue(solving.isOverdue(clock));
  }

  @Test
  @DisplayName("R-REQ-4 the queue cursor starts after the last line's next deadline and request")
  void cursorAfterALine() {
    HelpRequest request = HelpRequests.submitted(clock);
    RequestSummary line = RequestSummary.of(request);

    QueueCursor cursor = QueueCursor.after(line);

    assertEquals(request.neededBy(), cursor.nextDeadline());
    assertEquals(request.id(), cursor.id());
  }

  @Test
  @DisplayName("R-REQ-4 a finished request has no next deadline to page after")
  void noCursorAfterAFinishedRequest() {
    HelpRequest request = HelpRequests.submitted(clock);
    request.decline(Actors.agent(), null, clock);
    RequestSummary line = RequestSummary.of(request);

    assertThrows(NoSuchElementException.class, () -> QueueCursor.after(line));
  }
}
