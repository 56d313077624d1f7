package org.clubaide.web.ui;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.clubaide.core.privacy.PersonalDataExport;
import org.clubaide.core.privacy.PrivacyService;
import org.clubaide.core.shared.DomainException;
import org.clubaide.web.security.CurrentActor;

/**
 * My data (R-PRV-2): download everything held on me as a JSON file, or have it erased — requests
 * and statistics stay, anonymised; the participation ends and the session with it.
 */
@Named
@ViewScoped
public class MyData implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient PrivacyService privacy;
  @Inject transient CurrentActor actor;
  @Inject transient Transactions tx;

  private boolean eraseConfirmed;

  /** Sends the export as a file to download. */
  public void download() throws Exception {
    PersonalDataExport export =
        tx.call(() -> privacy.export(actor.require(), actor.require().requireMember()));
    byte[] json;
    try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
      json = jsonb.toJson(export).getBytes(StandardCharsets.UTF_8);
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("application/json; charset=UTF-8");
    external.setResponseContentLength(json.length);
    external.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"club-aide-mes-donnees.json\"");
    try (OutputStream out = external.getResponseOutputStream()) {
      out.write(json);
    }
    faces.responseComplete();
  }

  /** Erases the member's identifying data, then ends the session. */
  public String erase() throws ServletException, IOException {
    if (!eraseConfirmed) {
      Ui.errorKey("data.erase.confirmRequired");
      return null;
    }
    try {
      tx.run(() -> privacy.erase(actor.require(), actor.require().requireMember()));
    } catch (DomainException e) {
      Ui.error(e);
      return null;
    }
    Ui.info("data.erased");
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    return "/index.xhtml?faces-redirect=true";
  }

  public boolean isEraseConfirmed() {
    return eraseConfirmed;
  }

  public void setEraseConfirmed(boolean eraseConfirmed) {
    this.eraseConfirmed = eraseConfirmed;
  }
}
