package org.clubaide.core.network;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a call for help: {@code OPEN --close--> CLOSED}. Recipients answer while it is
 * open; a closed call takes no answer. An action the status does not allow is refused with an
 * {@link org.clubaide.core.shared.IllegalTransitionException} naming the status and the action.
 */
public enum CallStatus {
  /** Sent; recipients may answer. */
  OPEN(Action.ANSWER, Action.CLOSE),
  /** Closed; final. */
  CLOSED;

  /** What can be done to a call. */
  public enum Action {
    /** A recipient answers. */
    ANSWER("answer"),
    /** The Service closes the call. */
    CLOSE("close");

    private final String verb;

    Action(String verb) {
      this.verb = verb;
    }

    /** The action as words, for messages. */
    public String verb() {
      return verb;
    }
  }

  private final Set<Action> allowed;

  CallStatus(Action... allowed) {
    this.allowed =
        allowed.length == 0 ? EnumSet.noneOf(Action.class) : EnumSet.of(allowed[0], allowed);
  }

  /** Whether this status allows the action. */
  public boolean allows(Action action) {
    return allowed.contains(action);
  }
}
