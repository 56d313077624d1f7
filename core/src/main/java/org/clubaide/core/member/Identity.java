package org.clubaide.core.member;

import static org.clubaide.core.shared.RuleViolationException.requireText;

import java.util.Optional;
import org.clubaide.core.shared.RuleViolationException;

/**
 * Who the member is (R-MEM-1).
 *
 * @param firstName the first name
 * @param lastName the last name
 * @param organisation the company or organisation, if any
 */
public record Identity(String firstName, String lastName, Optional<String> organisation) {

  /** The most characters of a name. */
  public static final int NAME_MAX = 100;

  /** The most characters of an organisation. */
  public static final int ORGANISATION_MAX = 150;

  /** Checks and trims the arguments. */
  public Identity {
    firstName = requireText(firstName, NAME_MAX, "R-MEM-1", "firstName", "The first name");
    lastName = requireText(lastName, NAME_MAX, "R-MEM-1", "lastName", "The last name");
    organisation =
        (organisation == null ? Optional.<String>empty() : organisation)
            .map(String::strip)
            .filter(s -> !s.isEmpty());
    organisation.ifPresent(
        o ->
            RuleViolationException.require(
                o.length() <= ORGANISATION_MAX,
                "R-MEM-1",
                "organisation",
                "The organisation is limited to " + ORGANISATION_MAX + " characters."));
  }

  /** The name as displayed: first name then last name. */
  public String displayName() {
    return firstName + " " + lastName;
  }
}
