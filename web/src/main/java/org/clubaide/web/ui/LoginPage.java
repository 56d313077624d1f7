package org.clubaide.web.ui;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.clubaide.web.security.ClubAideAuthenticationMechanism;
import org.clubaide.core.participation.ParticipationService;
import org.clubaide.web.security.CurrentActor;

/** The login page ("accès codé", R-PRV-1). */
@Named
@RequestScoped
public class LoginPage {

  @Inject SecurityContext security;
  @Inject CurrentActor actor;
  @Inject ParticipationService participation;

  private String login;
  private String password;
  private String continueTo;

  /**
   * Checks the credentials (the mechanism renews the session id) and goes on to where the visitor
   * was going.
   */
  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(
                        login == null ? "" : login.strip(),
                        new Password(password == null ? "" : password))));
    password = null;
    if (status == AuthenticationStatus.SUCCESS) {
      // The authentication mechanism renewed the session id already (no session fixation).
      faces.responseComplete();
      external.redirect(external.getRequestContextPath() + target(request));
    } else if (status == AuthenticationStatus.SEND_FAILURE) {
      Ui.errorKey(
          ClubAideAuthenticationMechanism.throttled(request) ? "login.throttled" : "login.failed");
    } else {
      faces.responseComplete();
    }
  }

  private String target(HttpServletRequest request) {
    if (request.isUserInRole("MEMBER")
        && actor.get().map(a -> participation.termsToAccept(a).isPresent()).orElse(false)) {
      return "/member/terms.xhtml";
    }
    if (continueTo != null && continueTo.startsWith("/") && !continueTo.startsWith("//")) {
      return continueTo;
    }
    if (request.isUserInRole("AGENT") || request.isUserInRole("ADMIN")) {
      return "/agent/queue.xhtml";
    }
    return "/member/requests.xhtml";
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getContinueTo() {
    return continueTo;
  }

  public void setContinueTo(String continueTo) {
    this.continueTo = continueTo;
  }
}
