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
  public void french() {
    switchTo(Locale.FRENCH);
  }

  /** Switches to English. */
  public void english() {
    switchTo(Locale.ENGLISH);
  }

  private void switchTo(Locale target) {
    locale = target;
    FacesContext.getCurrentInstance().getViewRoot().setLocale(target);
  }
}
