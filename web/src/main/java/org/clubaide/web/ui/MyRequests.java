package org.clubaide.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.HelpRequestService;
import org.clubaide.core.request.RequestEvent;
import org.clubaide.core.request.RequestSummary;
import org.clubaide.web.security.CurrentActor;

/**
 * The member's dashboard: their requests with the promised dates, overdue ones flagged and moved
 * ones shown with the reason the Service gave (R-REQ-4, R-REQ-7).
 */
@Named
@RequestScoped
public class MyRequests {

  @Inject HelpRequestService requests;
  @Inject CurrentActor actor;
  @Inject Clock clock;

  private List<Line> items;

  /** The member's requests, newest first. */
  public List<Line> getItems() {
    if (items == null) {
      items = new ArrayList<>();
      for (RequestSummary summary :
          requests.myRequests(actor.require(), HelpRequestService.MAX_PAGE)) {
        Optional<RequestEvent.DeadlineMoved> moved = Optional.empty();
        if (summary.status().isOpen()) {
          HelpRequest request = requests.view(actor.require(), summary.id());
          for (RequestEvent event : request.timeline()) {
            if (event instanceof RequestEvent.DeadlineMoved m) {
              moved = Optional.of(m);
            }
          }
        }
        items.add(new Line(summary, summary.isOverdue(clock), moved.orElse(null)));
      }
    }
    return items;
  }

  /** Whether the member has open requests. */
  public long getOpenCount() {
    return getItems().stream().filter(l -> l.summary().status().isOpen()).count();
  }

  /**
   * One line of the dashboard.
   *
   * @param summary the request
   * @param overdue whether a promised date passed without the promised step
   * @param moved the latest deadline move, or null
   */
  public record Line(RequestSummary summary, boolean overdue, RequestEvent.DeadlineMoved moved) {}
}
