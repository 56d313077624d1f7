package org.clubaide.core.terms;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Port: the published versions of the terms. */
public interface TermsCatalogue {

  /** Every published version, oldest first. */
  List<TermsVersion> all();

  /** The version with this label, if published. */
  default Optional<TermsVersion> find(String label) {
    return all().stream().filter(v -> v.label().equals(label)).findFirst();
  }

  /**
   * The version in force on {@code day}: the one with the latest validity date not after it.
   *
   * @throws IllegalStateException when no version is in force, which is a deployment error
   */
  default TermsVersion currentOn(LocalDate day) {
    return all().stream()
        .filter(v -> v.isInForceOn(day))
        .max(Comparator.comparing(TermsVersion::validFrom))
        .orElseThrow(() -> new IllegalStateException("No terms version is in force on " + day));
  }
}
