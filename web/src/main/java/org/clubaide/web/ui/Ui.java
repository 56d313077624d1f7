package org.clubaide.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.core.shared.DomainException;
import org.clubaide.core.shared.IllegalTransitionException;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.shared.RuleViolationException;

/** Page helpers: localized texts and messages. */
final class Ui {

  private Ui() {}

  static ResourceBundle bundle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "msg");
  }

  static String text(String key) {
    try {
      return bundle().getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** Shows an information message that survives a redirect. */
  static void info(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
  }

  /**
   * Shows a refusal by the domain: a localized summary, and the rule's own explanation. The page
   * shows details only (a message without one shows its summary once), so the detail repeats the
   * summary.
   */
  static void error(DomainException e) {
    String summary;
    if (e instanceof RuleViolationException) {
      summary = text("error.rule");
    } else if (e instanceof IllegalTransitionException) {
      summary = text("error.transition");
    } else if (e instanceof ConflictException) {
      summary = text("error.conflict");
    } else if (e instanceof AccessDeniedException) {
      summary = text("error.forbidden");
    } else if (e instanceof NotFoundException) {
      summary = text("error.notFound");
    } else {
      summary = text("error.generic");
    }
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR,
                summary,
                summary + " " + e.getMessage() + " (" + e.rule() + ")"));
  }

  /** Shows an error message by key. */
  static void errorKey(String key) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), null));
  }
}
