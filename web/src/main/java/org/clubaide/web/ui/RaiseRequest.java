package org.clubaide.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.HelpRequestService;
import org.clubaide.core.request.KindOfHelp;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.SubmitHelpRequest;
import org.clubaide.core.shared.DomainException;
import org.clubaide.web.security.CurrentActor;

/** Raising a request (R-REQ-1, R-REQ-2): concise and situated in time. */
@Named
@ViewScoped
public class RaiseRequest implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient HelpRequestService requests;
  @Inject transient CurrentActor actor;
  @Inject transient Transactions tx;

  private String title;
  private String description;
  private List<String> kinds = List.of();
  private LocalDate neededBy;

  /** Raises the request and opens its page. */
  public String submit() {
    try {
      RequestId id =
          tx.call(
              () ->
                  requests.submit(
                      actor.require(),
                      SubmitHelpRequest.byMember(
                          title,
                          description,
                          kinds(),
                          neededBy)));
      Ui.info("request.submitted");
      return "/member/request.xhtml?faces-redirect=true&id=" + id;
    } catch (DomainException e) {
      Ui.error(e);
      return null;
    }
  }

  private EnumSet<KindOfHelp> kinds() {
    EnumSet<KindOfHelp> set = EnumSet.noneOf(KindOfHelp.class);
    kinds.forEach(k -> set.add(KindOfHelp.valueOf(k)));
    return set;
  }

  /** The kinds of help offered. */
  public KindOfHelp[] getAllKinds() {
    return KindOfHelp.values();
  }

  /** The title length limit. */
  public int getTitleMax() {
    return HelpRequest.TITLE_MAX;
  }

  /** The description length limit. */
  public int getDescriptionMax() {
    return HelpRequest.DESCRIPTION_MAX;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public List<String> getKinds() {
    return kinds;
  }

  public void setKinds(List<String> kinds) {
    this.kinds = kinds == null ? List.of() : kinds;
  }

  public LocalDate getNeededBy() {
    return neededBy;
  }

  public void setNeededBy(LocalDate neededBy) {
    this.neededBy = neededBy;
  }
}
