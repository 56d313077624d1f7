package org.clubaide.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.clubaide.core.money.Money;
import org.clubaide.core.quote.EngagementDuration;
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

  /** A calendar day, shorter, for tables: for example "26 déc. 2026". */
  public String shortDate(LocalDate day) {
    return day == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
  }

  /** A moment, in the Service's time zone. */
  public String time(Instant at) {
    return at == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale())
            .format(at.atZone(clock.getZone()));
  }

  /** An amount of money in the page's language, for example "1 200,00 €" or "€1,200.00". */
  public String money(Money money) {
    if (money == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(locale());
    format.setCurrency(money.currency());
    return format.format(money.amount());
  }

  /** A percentage with up to two decimals, for example "33,33 %". */
  public String percent(BigDecimal percent) {
    if (percent == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getPercentInstance(locale());
    format.setMaximumFractionDigits(2);
    return format.format(percent.movePointLeft(2));
  }

  /** A duration as words in the page's language, for example "6 semaines". */
  public String duration(EngagementDuration duration) {
    if (duration == null) {
      return "";
    }
    String unit = duration.unit().name() + (duration.amount() == 1 ? ".one" : ".many");
    return duration.amount() + " " + Ui.text("unit." + unit);
  }

  /** Today, as {@code yyyy-MM-dd}, for the {@code min} of date inputs. */
  public String today() {
    return LocalDate.now(clock).toString();
  }

  /** The Service's clock, for statuses derived from the date (an expired quote). */
  public Clock getClock() {
    return clock;
  }

  /** Today, in the Service's time zone. */
  public LocalDate getToday() {
    return LocalDate.now(clock);
  }

  /** Whether a day is today or within the next {@code days} days. */
  public boolean within(LocalDate day, int days) {
    LocalDate today = LocalDate.now(clock);
    return day != null && !day.isBefore(today) && !day.isAfter(today.plusDays(days));
  }

  /** The terms version in force. */
  public TermsVersion getTerms() {
    return terms.currentOn(LocalDate.now(clock));
  }
}
