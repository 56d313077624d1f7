package org.clubaide.web.ui;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.clubaide.core.access.Actor;
import org.clubaide.core.network.NetworkService;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.HelpRequestService;
import org.clubaide.core.request.RequestEvent;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.RequestStatus;
import org.clubaide.core.shared.DomainException;
import org.clubaide.web.security.CurrentActor;

/** What the member's and the agent's request pages share: loading, the timeline, acting. */
abstract class RequestPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient HelpRequestService requests;
  @Inject transient NetworkService network;
  @Inject transient CurrentActor actor;
  @Inject transient Clock clock;
  @Inject transient Transactions tx;

  private String id;
  private transient HelpRequest request;

  /** Loads the request named by the {@code id} parameter; unknown or not readable: 404. */
  public void load() throws IOException {
    try {
      request = requests.view(actor.require(), RequestId.of(id));
    } catch (DomainException | IllegalArgumentException | NullPointerException e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  /**
   * Runs a use case on this request, then tells whoever works on it through the network when the
   * request stopped needing help (withdrawn, postponed, declined, closed: R-REQ-8), and shows the
   * page again; or shows the refusal, the form's input kept.
   */
  protected String act(Step step, String doneKey) {
    try {
      tx.run(
          () -> {
            RequestId requestId = RequestId.of(id);
            step.run(requests, requestId);
            network.requestStopped(requestId);
          });
      Ui.info(doneKey);
      return reload();
    } catch (DomainException e) {
      Ui.error(e);
      request = null;
      return null;
    }
  }

  /** Runs any work in a transaction, then shows the page again; or shows the refusal. */
  protected String run(Runnable work, String doneKey) {
    try {
      tx.run(work);
      Ui.info(doneKey);
      return reload();
    } catch (DomainException e) {
      Ui.error(e);
      request = null;
      return null;
    }
  }

  /** The outcome that shows this page again, under its address. */
  protected String reload() {
    return FacesContext.getCurrentInstance().getViewRoot().getViewId()
        + "?faces-redirect=true&id="
        + id;
  }

  /** The request. */
  public HelpRequest getRequest() {
    if (request == null && id != null) {
      request = requests.view(actor.require(), RequestId.of(id));
    }
    return request;
  }

  /** The request's identifier. */
  protected RequestId requestId() {
    return RequestId.of(id);
  }

  /** The timeline, newest first for reading. */
  public List<RequestEvent> getTimeline() {
    List<RequestEvent> events = new ArrayList<>(getRequest().timeline());
    Collections.reverse(events);
    return events;
  }

  /** The short type name of an event, for the bundle key {@code event.<type>}. */
  public String type(RequestEvent event) {
    return event.getClass().getSimpleName();
  }

  /** Whether the current user may take the action now (role and status, R-PRV-3). */
  public boolean can(String action) {
    return requests
        .allowedActions(actor.require(), getRequest())
        .contains(RequestStatus.Action.valueOf(action));
  }

  /** Whether the request is overdue today. */
  public boolean isOverdue() {
    return getRequest().isOverdue(clock);
  }

  /** The latest deadline move, shown beside the promised date with its reason (R-REQ-7). */
  public RequestEvent.DeadlineMoved getLastMove() {
    RequestEvent.DeadlineMoved last = null;
    for (RequestEvent event : getRequest().timeline()) {
      if (event instanceof RequestEvent.DeadlineMoved moved) {
        last = moved;
      }
    }
    return last;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  /** One use-case call. */
  @FunctionalInterface
  protected interface Step {
    void run(HelpRequestService service, RequestId id);
  }

  /** The current actor, for subclasses. */
  protected Actor me() {
    return actor.require();
  }
}
