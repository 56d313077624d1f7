package org.clubaide.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.clubaide.core.participation.ParticipationService;
import org.clubaide.web.security.CurrentActor;

/** Who is logged in, for the navigation, and logging out. */
@Named("user")
@RequestScoped
public class SessionUser {

  @Inject SecurityContext security;
  @Inject CurrentActor actor;
  @Inject ParticipationService participation;

  private Boolean termsPending;

  /** Whether someone is logged in. */
  public boolean isLoggedIn() {
    return security.getCallerPrincipal() != null;
  }

  /** The login name. */
  public String getName() {
    return isLoggedIn() ? security.getCallerPrincipal().getName() : "";
  }

  /** Whether the caller is a member. */
  public boolean isMember() {
    return security.isCallerInRole("MEMBER");
  }

  /** Whether the caller is an administrator. */
  public boolean isAdmin() {
    return security.isCallerInRole("ADMIN");
  }

  /**
   * Whether the member must accept a new terms version before acting (R-MEM-2); asked once per
   * page.
   */
  public boolean isTermsPending() {
    if (termsPending == null) {
      termsPending =
          isMember()
              && actor.get().map(a -> participation.termsToAccept(a).isPresent()).orElse(false);
    }
    return termsPending;
  }

  /** Whether the caller speaks for the Service. */
  public boolean isAgent() {
    return security.isCallerInRole("AGENT") || security.isCallerInRole("ADMIN");
  }

  /** Ends the session and returns to the home page. */
  public void logout() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/index.xhtml");
  }
}
