package org.clubaide.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.clubaide.core.request.HelpRequestService;
import org.clubaide.core.request.RequestSummary;
import org.clubaide.web.security.CurrentActor;

/** The agent's queue: open requests by next deadline, overdue ones flagged (R-REQ-4). */
@Named
@RequestScoped
public class Queue {

  /** Lines per page. */
  static final int PAGE = 50;

  @Inject HelpRequestService requests;
  @Inject CurrentActor actor;
  @Inject Clock clock;

  private List<RequestSummary> items;

  /** The first page of the queue. */
  public List<RequestSummary> getItems() {
    if (items == null) {
      items = requests.queue(actor.require(), Optional.empty(), PAGE);
    }
    return items;
  }

  /** Whether a line is overdue today. */
  public boolean overdue(RequestSummary summary) {
    return summary.isOverdue(clock);
  }
}
