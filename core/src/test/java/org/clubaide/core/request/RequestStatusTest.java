package org.clubaide.core.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.clubaide.core.request.RequestStatus.Action;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RequestStatusTest {

  @ParameterizedTest
  @EnumSource(
      value = RequestStatus.class,
      names = {"DECLINED", "WITHDRAWN", "CLOSED"})
  @DisplayName("R-REQ-10 a finished request allows no action at all")
  void finishedStatusAllowsNothing(RequestStatus status) {
    assertFalse(status.isOpen());
    for (Action action : Action.values()) {
      assertFalse(status.allows(action), action.name());
    }
  }

  @Test
  @DisplayName("R-REQ-10 a postponed request allows only resuming and withdrawing")
  void postponedAllowsResumeAndWithdraw() {
    assertTrue(RequestStatus.POSTPONED.isOpen());
    assertEquals(EnumSet.of(Action.RESUME, Action.WITHDRAW), allowed(RequestStatus.POSTPONED));
  }

  @Test
  @DisplayName("R-REQ-10 only a submitted request can be decided or get a decision date")
  void decisionBelongsToSubmitted() {
    for (RequestStatus status : RequestStatus.values()) {
      boolean submitted = status == RequestStatus.SUBMITTED;
      assertEquals(submitted, status.allows(Action.ACCEPT), status.name());
      assertEquals(submitted, status.allows(Action.DECLINE), status.name());
      assertEquals(submitted, status.allows(Action.AGREE_DECISION_DATE), status.name());
    }
  }

  @Test
  @DisplayName("R-REQ-9 only an accepted request gets solutions and can be closed")
  void solutionsAndClosingBelongToAccepted() {
    for (RequestStatus status : RequestStatus.values()) {
      boolean accepted = status == RequestStatus.ACCEPTED;
      assertEquals(accepted, status.allows(Action.PROPOSE_SOLUTION), status.name());
      assertEquals(accepted, status.allows(Action.CLOSE), status.name());
    }
  }

  @Test
  @DisplayName("R-REQ-10 every action reads as a verb that fits the refusal message")
  void actionsReadAsVerbs() {
    for (Action action : Action.values()) {
      assertFalse(action.verb().isBlank(), action.name());
      assertEquals(action.verb(), action.verb().strip(), action.name());
    }
    assertEquals("propose a solution to", Action.PROPOSE_SOLUTION.verb());
  }

  private static Set<Action> allowed(RequestStatus status) {
    Set<Action> allowed = EnumSet.noneOf(Action.class);
    for (Action action : Action.values()) {
      if (status.allows(action)) {
        allowed.add(action);
      }
    }
    return allowed;
  }
}
