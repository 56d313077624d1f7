package org.clubaide.web.ui;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Objects;
import org.clubaide.core.access.InvalidResetLinkException;
import org.clubaide.core.shared.DomainException;
import org.clubaide.web.security.PasswordResets;

/**
 * The page of an e-mailed password link (R-PRV-1): a new password and its confirmation. The link's
 * token is read from the address once, when the page opens, and kept in the view: the form posts to
 * the page's plain address, so that the secret is in no later address (and the page sends no
 * referrer, see {@code SecurityHeaders}).
 */
@Named
@ViewScoped
public class ResetPasswordPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PasswordResets resets;

  private String token;
  private String password;
  private String confirmation;
  private boolean invalid;

  /** Takes the token from the address when the page opens. */
  public void load() {
    token =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("token");
  }

  /** Sets the new password and sends the visitor to the login page with a notice. */
  public String save() {
    try {
      if (!Objects.equals(password, confirmation)) {
        Ui.errorKey("reset.mismatch");
        return null;
      }
      HttpServletRequest request =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      resets.complete(token, password == null ? new char[0] : password.toCharArray(), request);
      token = null;
      Ui.info("reset.done");
      return "/login.xhtml?faces-redirect=true";
    } catch (InvalidResetLinkException e) {
      invalid = true;
      Ui.errorKey("reset.invalid");
      return null;
    } catch (DomainException e) {
      Ui.error(e);
      return null;
    } finally {
      password = null;
      confirmation = null;
    }
  }

  /** Whether the link was refused, so that the page offers to ask for a new one. */
  public boolean isInvalid() {
    return invalid;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
