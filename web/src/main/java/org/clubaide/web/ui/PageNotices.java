package org.clubaide.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The notices this page shows: taken from the session once, when the page first asks. */
@Named
@RequestScoped
public class PageNotices {

  @Inject Notices notices;

  private List<String> items;

  /** The notices to show on this page. */
  public List<String> getItems() {
    if (items == null) {
      items = notices.take();
    }
    return items;
  }
}
