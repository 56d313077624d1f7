package org.clubaide.core.terms;

import java.time.LocalDate;
import java.util.Objects;
import org.clubaide.core.shared.RuleViolationException;

/**
 * One version of the service terms, valid from a date (the seed is {@code V3/2018}, valid from
 * 2018-09-16).
 *
 * @param label the version label shown to members, for example {@code V3/2018}
 * @param validFrom the first day on which this version applies
 */
public record TermsVersion(String label, LocalDate validFrom) {

  /** The most characters a label may have. */
  public static final int LABEL_MAX = 40;

  /** Checks the arguments. */
  public TermsVersion {
    label = RuleViolationException.requireText(label, LABEL_MAX, "R-MEM-2", "label", "The label");
    Objects.requireNonNull(validFrom, "validFrom");
  }

  /** Whether this version is already in force on {@code day}. */
  public boolean isInForceOn(LocalDate day) {
    return !validFrom.isAfter(day);
  }
}
