package org.clubaide.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.clubaide.core.administration.TermsPublication;
import org.clubaide.core.terms.TermsVersion;

/**
 * The terms of the service (R-MEM-2): the version in force with its text, and every version
 * published, newest first. The seeded version's French original ships with the application; the
 * text of a later version is the one its administrator published.
 */
@Named
@RequestScoped
public class TermsPage {

  /** The seeded version, whose text is a resource of this module. */
  static final String SEEDED = "V3/2018";

  @Inject TermsPublication terms;
  @Inject Clock clock;

  private String version;

  /** The version shown: the one asked for, or the one in force. */
  public TermsVersion getShown() {
    List<TermsVersion> all = terms.history();
    return all.stream()
        .filter(v -> v.label().equals(version))
        .findFirst()
        .orElseGet(this::getCurrent);
  }

  /** The version in force today. */
  public TermsVersion getCurrent() {
    LocalDate today = LocalDate.now(clock);
    return terms.history().stream()
        .filter(v -> v.isInForceOn(today))
        .reduce((a, b) -> b.validFrom().isAfter(a.validFrom()) ? b : a)
        .orElseThrow();
  }

  /** Every published version, newest first. */
  public List<TermsVersion> getHistory() {
    List<TermsVersion> all = new ArrayList<>(terms.history());
    Collections.reverse(all);
    return all;
  }

  /** The text of the version shown, in its original language (French). */
  public String getText() {
    return textOf(getShown().label());
  }

  /** The text of a version. */
  public String textOf(String label) {
    Optional<String> published = terms.textOf(label);
    if (published.isPresent()) {
      return published.get();
    }
    if (SEEDED.equals(label)) {
      try (InputStream in =
          TermsPage.class.getResourceAsStream("/org/clubaide/web/terms/V3-2018.txt")) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return "";
  }

  /** The paragraphs of the text shown. */
  public List<String> getParagraphs() {
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : getText().split("\\R\\s*\\R")) {
      if (!paragraph.isBlank()) {
        paragraphs.add(paragraph.strip());
      }
    }
    return paragraphs;
  }

  /** Whether a version comes into force later. */
  public boolean upcoming(TermsVersion v) {
    return !v.isInForceOn(LocalDate.now(clock));
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }
}
