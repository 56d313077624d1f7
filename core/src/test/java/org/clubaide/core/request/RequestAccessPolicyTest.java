package org.clubaide.core.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.request.RequestStatus.Action;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RequestAccessPolicyTest {

  private final MutableClock clock = MutableClock.atServiceStart();
  private final MemberId adaId = MemberId.newId();
  private final Actor ada = Actor.member("ada@example.org", adaId);
  private final Actor bob = Actor.member("bob@example.org", MemberId.newId());
  private final Actor agent = Actor.agent("agent");

  private HelpRequest submitted() {
    return HelpRequest.submit(
        adaId, Channel.WEB, ada, "Title", "Description", Set.of(KindOfHelp.HELP),
        LocalDate.now(clock).plusDays(3), clock);
  }

  @Test
  @DisplayName("R-PRV-3 another member is told the request does not exist")
  void otherMemberCannotRead() {
    HelpRequest request = submitted();
    assertFalse(RequestAccessPolicy.canRead(bob, request));
    assertThrows(NotFoundException.class, () -> RequestAccessPolicy.checkRead(bob, request));
    assertThrows(
        NotFoundException.class, () -> RequestAccessPolicy.check(bob, request, Action.WITHDRAW));
    assertTrue(RequestAccessPolicy.allowedActions(bob, request).isEmpty());
  }

  @Test
  @DisplayName("R-PRV-3 the requester may answer, withdraw and postpone a submitted request, not qualify it")
  void requesterActions() {
    HelpRequest request = submitted();
    assertEquals(
        EnumSet.of(Action.ANSWER_QUESTION, Action.WITHDRAW, Action.POSTPONE),
        RequestAccessPolicy.allowedActions(ada, request));
    AccessDeniedException e =
        assertThrows(
            AccessDeniedException.class,
            () -> RequestAccessPolicy.check(ada, request, Action.ACCEPT));
    assertEquals("Only the central Service can accept a request.", e.getMessage());
  }

  @Test
  @DisplayName("R-PRV-3 the Service qualifies a submitted request and records withdrawals, but never closes for the member")
  void serviceActions() {
    HelpRequest request = submitted();
    Set<Action> allowed = RequestAccessPolicy.allowedActions(agent, request);
    assertEquals(
        EnumSet.of(
            Action.ASK_QUESTION, Action.AGREE_DECISION_DATE, Action.ACCEPT, Action.DECLINE,
            Action.MOVE_DEADLINE, Action.WITHDRAW, Action.POSTPONE),
        allowed);
    assertFalse(RequestAccessPolicy.mayAttempt(agent, request, Action.CLOSE));
    assertFalse(RequestAccessPolicy.mayAttempt(agent, request, Action.ANSWER_QUESTION));
  }

  @Test
  @DisplayName("R-PRV-3 allowed actions follow the status: nothing on a finished request")
  void nothingOnFinished() {
    HelpRequest request = submitted();
    request.decline(agent, "Not our field", clock);
    assertTrue(RequestAccessPolicy.allowedActions(agent, request).isEmpty());
    assertTrue(RequestAccessPolicy.allowedActions(ada, request).isEmpty());
    assertTrue(RequestAccessPolicy.canRead(ada, request));
  }
}
