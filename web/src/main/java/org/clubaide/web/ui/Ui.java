package org.clubaide.web.ui;

import jakarta.enterprise.inject.spi.CDI;
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

  private static boolean has(String key) {
    return bundle().containsKey(key);
  }

  /** Shows an information message on the next page shown, usually the one redirected to. */
  static void info(String key) {
    CDI.current().select(Notices.class).get().add(text(key));
  }

  /**
   * Shows a refusal by the domain in the page's language: what the refusal means for the field the
   * rule names ({@code rule.<rule>.<field>}), else for the rule ({@code rule.<rule>}), else for its
   * kind (a broken rule, an action the state does not allow, a conflict…), always followed by the
   * rule's identifier. The core's own sentence, in English, is never shown.
   */
  static void error(DomainException e) {
    String text = explain(e);
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text + " (" + e.rule() + ")"));
  }

  /** The localized explanation of a refusal, without the rule's identifier. */
  static String explain(DomainException e) {
    if (e instanceof RuleViolationException violation && violation.field() != null) {
      String key = "rule." + e.rule() + "." + violation.field();
      if (has(key)) {
        return text(key);
      }
    }
    if (e instanceof RuleViolationException && has("rule." + e.rule())) {
      return text("error.rule") + " " + text("rule." + e.rule());
    }
    if (e instanceof RuleViolationException) {
      return text("error.rule");
    }
    if (e instanceof IllegalTransitionException) {
      return text("error.transition");
    }
    if (e instanceof ConflictException) {
      return text("error.conflict");
    }
    if (e instanceof AccessDeniedException) {
      return text("error.forbidden");
    }
    if (e instanceof NotFoundException) {
      return text("error.notFound");
    }
    return text("error.generic");
  }

  /** Shows an error message by key. */
  static void errorKey(String key) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), null));
  }
}
