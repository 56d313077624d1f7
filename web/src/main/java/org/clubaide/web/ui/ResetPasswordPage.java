package org.clubaide.web.ui;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Objects;
import org.clubaide.core.access.InvalidResetLinkException;
import org.clubaide.core.access.PasswordPolicy;
import org.clubaide.core.shared.DomainException;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.web.security.PasswordResets;

/**
 * The page of an e-mailed password link (R-PRV-1): a new password and its confirmation. The link's
 * token is read from the address once, when the page opens, and kept on the server (in the view,
 * and in the session so that switching the language keeps it): the form posts to the page's plain
 * address, so that the secret is in no later address (and the page sends no referrer, see {@code
 * SecurityHeaders}). Once the password is set, the session forgets it.
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

  /** The session attribute that keeps the token while the page is shown again. */
  static final String TOKEN = ResetPasswordPage.class.getName() + ".token";

  /**
   * Takes the token from the address when the page opens, or from the session when the page opens
   * again without it (after a change of language).
   */
  public void load() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String given = external.getRequestParameterMap().get("token");
    if (given != null && !given.isBlank()) {
      token = given;
      external.getSessionMap().put(TOKEN, given);
    } else if (external.getSessionMap().get(TOKEN) instanceof String kept) {
      token = kept;
    }
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
      FacesContext.getCurrentInstance().getExternalContext().getSessionMap().remove(TOKEN);
      Ui.info("reset.done");
      return "/login.xhtml?faces-redirect=true";
    } catch (InvalidResetLinkException e) {
      invalid = true;
      Ui.errorKey("reset.invalid");
      return null;
    } catch (RuleViolationException e) {
      if ("newPassword".equals(e.field())) {
        Ui.errorKey(refusalOf(password));
      } else {
        Ui.error(e);
      }
      return null;
    } catch (DomainException e) {
      Ui.error(e);
      return null;
    } finally {
      password = null;
      confirmation = null;
    }
  }

  /**
   * Which of the password policy's conditions a refused password broke, in the policy's order:
   * length, white space only, else a common password.
   */
  static String refusalOf(String password) {
    int length = password == null ? 0 : password.length();
    if (length < PasswordPolicy.MIN_LENGTH || length > PasswordPolicy.MAX_LENGTH) {
      return "reset.password.length";
    }
    return password.isBlank() ? "reset.password.blank" : "reset.password.common";
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
