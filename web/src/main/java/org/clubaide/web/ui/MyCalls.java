package org.clubaide.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clubaide.core.network.NetworkService;
import org.clubaide.core.network.RecipientCallView;
import org.clubaide.web.security.CurrentActor;

/** The calls for help sent to the member, newest first, as they may see them (R-NET-2). */
@Named
@RequestScoped
public class MyCalls {

  @Inject NetworkService network;
  @Inject CurrentActor actor;

  private List<RecipientCallView> items;

  /** The calls. */
  public List<RecipientCallView> getItems() {
    if (items == null) {
      items = network.callsSentToMe(actor.require(), NetworkService.MAX_PAGE);
    }
    return items;
  }
}
