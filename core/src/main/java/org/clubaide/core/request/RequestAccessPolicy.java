package org.clubaide.core.request;

import java.util.EnumSet;
import java.util.Set;
import org.clubaide.core.access.Actor;
import org.clubaide.core.request.RequestStatus.Action;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.NotFoundException;

/**
 * Who may read a help request and who may do what to it (R-PRV-3). The use cases call it before
 * every action; pages and API clients ask it which actions to offer.
 *
 * <ul>
 *   <li>The central Service (agents, administrators) reads every request and qualifies it: asks,
 *       agrees a decision date, accepts, declines, moves deadlines, proposes solutions, resumes.
 *   <li>The requester reads their own requests, answers questions and closes with satisfaction.
 *   <li>Withdrawal and postponement come from the requester, or from the Service recording what
 *       the member said by phone or e-mail (R-REQ-8).
 *   <li>Anyone else is told the request does not exist, so identifiers cannot be probed.
 * </ul>
 */
public final class RequestAccessPolicy {

  private static final Set<Action> SERVICE_ACTIONS =
      EnumSet.of(
          Action.ASK_QUESTION,
          Action.AGREE_DECISION_DATE,
          Action.ACCEPT,
          Action.DECLINE,
          Action.MOVE_DEADLINE,
          Action.PROPOSE_SOLUTION,
          Action.RESUME,
          Action.WITHDRAW,
          Action.POSTPONE);

  private static final Set<Action> REQUESTER_ACTIONS =
      EnumSet.of(Action.ANSWER_QUESTION, Action.CLOSE, Action.WITHDRAW, Action.POSTPONE);

  private RequestAccessPolicy() {}

  /** Whether the actor may read the request. */
  public static boolean canRead(Actor actor, HelpRequest request) {
    return actor.isService() || actor.is(request.requester());
  }

  /**
   * Fails with {@link NotFoundException} when the actor may not read the request: another member's
   * request is answered as if it did not exist.
   */
  public static void checkRead(Actor actor, HelpRequest request) {
    if (!canRead(actor, request)) {
      throw new NotFoundException("Help request", request.id());
    }
  }

  /** Whether the actor's role allows the action on this request, whatever its status. */
  public static boolean mayAttempt(Actor actor, HelpRequest request, Action action) {
    if (!canRead(actor, request)) {
      return false;
    }
    boolean requester = actor.is(request.requester());
    return (actor.isService() && SERVICE_ACTIONS.contains(action))
        || (requester && REQUESTER_ACTIONS.contains(action));
  }

  /**
   * Fails unless the actor may read the request and its role allows the action: {@link
   * NotFoundException} for someone who may not read it, {@link AccessDeniedException} otherwise.
   */
  public static void check(Actor actor, HelpRequest request, Action action) {
    checkRead(actor, request);
    if (!mayAttempt(actor, request, action)) {
      throw new AccessDeniedException(
          REQUESTER_ACTIONS.contains(action) && !SERVICE_ACTIONS.contains(action)
              ? "Only the member who raised the request can " + action.verb() + " it."
              : "Only the central Service can " + action.verb() + " a request.");
    }
  }

  /** The actions the actor may take on the request now: allowed by both role and status. */
  public static Set<Action> allowedActions(Actor actor, HelpRequest request) {
    EnumSet<Action> allowed = EnumSet.noneOf(Action.class);
    for (Action action : Action.values()) {
      if (request.status().allows(action) && mayAttempt(actor, request, action)) {
        allowed.add(action);
      }
    }
    return allowed;
  }
}
