package org.clubaide.core.administration;

import java.util.Optional;
import org.clubaide.core.terms.TermsVersion;

/** Port: where a new terms version is published, beside the catalogue that reads them. */
public interface TermsPublisher {

  /**
   * Publishes a version with its text.
   *
   * @throws org.clubaide.core.shared.ConflictException when a version with this label exists
   */
  void publish(TermsVersion version, String text);

  /** The text of a published version, when one was recorded with it. */
  Optional<String> textOf(String label);
}
