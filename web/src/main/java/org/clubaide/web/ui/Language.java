package org.clubaide.web.ui;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The visitor's language: French by default, English on request. */
@Named
@SessionScoped
public class Language implements Serializable {
  private static final long serialVersionUID = 1L;

  private Locale locale = Locale.FRENCH;

  /** The current locale. */
  public Locale getLocale() {
    return locale;
  }

  /** The current language code, for the {@code lang} attribute. */
  public String getCode() {
    return locale.getLanguage();
  }

  /** Switches to French. */
  public String french() {
    return switchTo(Locale.FRENCH);
  }

  /** Switches to English. */
  public String english() {
    return switchTo(Locale.ENGLISH);
  }

  /**
   * Shows the same page again in the new language, through a redirect that keeps its parameters
   * (the request's id, where to go after login), so its address can still be reloaded and shared.
   */
  private String switchTo(Locale target) {
    locale = target;
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(target);
    return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
  }
}
