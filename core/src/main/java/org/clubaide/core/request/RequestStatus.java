package org.clubaide.core.request;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a help request. Each status knows which {@link Action actions} it allows; an
 * action it does not allow is refused with an {@link
 * org.clubaide.core.shared.IllegalTransitionException} naming the status and the action.
 *
 * <pre>
 * SUBMITTED --accept--> ACCEPTED --close--> CLOSED
 *     |                     |
 *     +--decline--> DECLINED
 * SUBMITTED / ACCEPTED --withdraw--> WITHDRAWN
 * SUBMITTED / ACCEPTED --postpone--> POSTPONED --resume--> (status before postponement)
 * </pre>
 */
public enum RequestStatus {
  /** Raised; the Service is understanding the problem and has not decided yet. */
  SUBMITTED(
      Action.ASK_QUESTION,
      Action.ANSWER_QUESTION,
      Action.AGREE_DECISION_DATE,
      Action.ACCEPT,
      Action.DECLINE,
      Action.MOVE_DEADLINE,
      Action.WITHDRAW,
      Action.POSTPONE),
  /** The Service accepted the mission and is finding solutions by the solution deadline. */
  ACCEPTED(
      Action.ASK_QUESTION,
      Action.ANSWER_QUESTION,
      Action.MOVE_DEADLINE,
      Action.PROPOSE_SOLUTION,
      Action.CLOSE,
      Action.WITHDRAW,
      Action.POSTPONE),
  /** Paused by the member until a date. */
  POSTPONED(Action.RESUME, Action.WITHDRAW),
  /** The Service is not competent; final. */
  DECLINED,
  /** Withdrawn by the member; final. */
  WITHDRAWN,
  /** Closed with the member's satisfaction; final. */
  CLOSED;

  /** What can be done to a request. */
  public enum Action {
    /** Ask the member a question. */
    ASK_QUESTION("ask a question on"),
    /** Answer the Service's question. */
    ANSWER_QUESTION("answer a question on"),
    /** Agree a decision date. */
    AGREE_DECISION_DATE("agree a decision date for"),
    /** Accept the mission. */
    ACCEPT("accept"),
    /** Decline the request. */
    DECLINE("decline"),
    /** Move the current deadline. */
    MOVE_DEADLINE("move the deadline of"),
    /** Propose a simple solution. */
    PROPOSE_SOLUTION("propose a solution to"),
    /** Close with satisfaction. */
    CLOSE("close"),
    /** Withdraw. */
    WITHDRAW("withdraw"),
    /** Postpone to a date. */
    POSTPONE("postpone"),
    /** Resume a postponed request. */
    RESUME("resume");

    private final String verb;

    Action(String verb) {
      this.verb = verb;
    }

    /** The action as words, for messages: "accept", "propose a solution to". */
    public String verb() {
      return verb;
    }
  }

  private final Set<Action> allowed;

  RequestStatus(Action... allowed) {
    this.allowed =
        allowed.length == 0 ? EnumSet.noneOf(Action.class) : EnumSet.of(allowed[0], allowed);
  }

  /** Whether this status allows the action. */
  public boolean allows(Action action) {
    return allowed.contains(action);
  }

  /** Whether the request is still open (not declined, withdrawn or closed). */
  public boolean isOpen() {
    return !allowed.isEmpty();
  }
}
