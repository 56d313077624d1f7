package org.clubaide.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.clubaide.core.terms.TermsCatalogue;
import org.clubaide.core.terms.TermsVersion;

/** Dates and times in the page's language and the Service's time zone; the terms in force. */
@Named("fmt")
@RequestScoped
public class Formats {

  @Inject Clock clock;
  @Inject TermsCatalogue terms;

  private Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** A calendar day, for example "16 septembre 2018". */
  public String date(LocalDate day) {
    return day == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(day);
  }

  /** A moment, in the Service's time zone. */
  public String time(Instant at) {
    return at == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale())
            .format(at.atZone(clock.getZone()));
  }

  /** Today, as {@code yyyy-MM-dd}, for the {@code min} of date inputs. */
  public String today() {
    return LocalDate.now(clock).toString();
  }

  /** The terms version in force. */
  public TermsVersion getTerms() {
    return terms.currentOn(LocalDate.now(clock));
  }
}
