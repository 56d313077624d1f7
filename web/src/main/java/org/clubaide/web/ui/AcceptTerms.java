package org.clubaide.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.clubaide.core.participation.ParticipationService;
import org.clubaide.core.shared.DomainException;
import org.clubaide.core.terms.TermsVersion;
import org.clubaide.web.security.CurrentActor;

/**
 * A new terms version to accept at login (R-MEM-2): the member reads it and ticks the box (never
 * pre-ticked); refusing keeps read access to their own data only.
 */
@Named
@ViewScoped
public class AcceptTerms implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ParticipationService participation;
  @Inject transient CurrentActor actor;
  @Inject transient Transactions tx;

  private boolean accepted;
  private String shown;

  /** The version to accept, if any. */
  public Optional<TermsVersion> getPending() {
    Optional<TermsVersion> pending = participation.termsToAccept(actor.require());
    pending.ifPresent(v -> shown = v.label());
    return pending;
  }

  /** Accepts the version shown. */
  public String accept() {
    if (!accepted) {
      Ui.errorKey("terms.accept.required");
      return null;
    }
    try {
      tx.run(() -> participation.acceptCurrentTerms(actor.require(), shown));
    } catch (DomainException e) {
      Ui.error(e);
      return null;
    }
    Ui.info("terms.accepted");
    return "/member/requests.xhtml?faces-redirect=true";
  }

  public boolean isAccepted() {
    return accepted;
  }

  public void setAccepted(boolean accepted) {
    this.accepted = accepted;
  }

  public String getShown() {
    return shown;
  }

  public void setShown(String shown) {
    this.shown = shown;
  }
}
