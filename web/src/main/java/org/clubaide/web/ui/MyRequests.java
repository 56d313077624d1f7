package org.clubaide.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import org.clubaide.core.request.HelpRequestService;
import org.clubaide.core.request.RequestSummary;
import org.clubaide.web.security.CurrentActor;

/** The member's dashboard: their requests with the promised dates. */
@Named
@RequestScoped
public class MyRequests {

  @Inject HelpRequestService requests;
  @Inject CurrentActor actor;
  @Inject Clock clock;

  private List<RequestSummary> items;

  /** The member's requests, newest first. */
  public List<RequestSummary> getItems() {
    if (items == null) {
      items = requests.myRequests(actor.require(), HelpRequestService.MAX_PAGE);
    }
    return items;
  }

  /** Whether a line is overdue today. */
  public boolean overdue(RequestSummary summary) {
    return summary.isOverdue(clock);
  }
}
