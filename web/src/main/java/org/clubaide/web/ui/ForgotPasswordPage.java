package org.clubaide.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.clubaide.web.security.LoginThrottledException;
import org.clubaide.web.security.PasswordResets;

/**
 * "Mot de passe oublié ?" (R-PRV-1): the visitor gives the e-mail address of their login and always
 * reads the same notice afterwards, whether or not the address is known.
 */
@Named
@RequestScoped
public class ForgotPasswordPage {

  @Inject PasswordResets resets;

  private String email;

  /** Asks for a link and shows the one notice, on the page again (post, redirect, get). */
  public String request() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    try {
      resets.request(email, request);
    } catch (LoginThrottledException e) {
      Ui.errorKey("forgot.throttled");
      return null;
    }
    Ui.info("forgot.sent");
    return "/forgot-password.xhtml?faces-redirect=true";
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
