package org.clubaide.core.quote;

import java.util.Objects;
import org.clubaide.core.shared.RuleViolationException;

/**
 * The notice a member reads and confirms before accepting a quote (R-SOL-5): the contract binds the
 * member and the provider only; the Service is an intermediary, not a party, and not liable for a
 * dispute. The text is versioned so that an acceptance records exactly which text was confirmed;
 * screens show {@link #CURRENT} (translated by its version) and send its version back.
 *
 * @param version the version label recorded with each acceptance
 * @param text the notice in English
 */
public record IntermediaryNotice(String version, String text) {

  /** The most characters of a version label. */
  public static final int VERSION_MAX = 40;

  /** The notice shown today. */
  public static final IntermediaryNotice CURRENT =
      new IntermediaryNotice(
          "QUOTE-NOTICE-1",
          "By accepting this quote you enter into a contract with the provider alone. Le Club Aide"
              + " is only an intermediary: it is not a party to that contract and is not liable for"
              + " any dispute about it, which you and the provider settle between you.");

  /** Checks the arguments. */
  public IntermediaryNotice {
    version =
        RuleViolationException.requireText(
            version, VERSION_MAX, "R-SOL-5", "noticeVersion", "The notice version");
    Objects.requireNonNull(text, "text");
  }
}
