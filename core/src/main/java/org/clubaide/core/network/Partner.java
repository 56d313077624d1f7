package org.clubaide.core.network;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.Profile;
import org.clubaide.core.shared.RuleViolationException;

/**
 * A partner of the network as the Service records it (R-NET-1, R-SOL-2): a firm or an expert outside
 * the club, with its contact details, the skills it offers and whether the Service still calls on
 * it. A partner who logs in has a login; the others answer through the Service.
 *
 * @param id identifier
 * @param name the firm's or expert's name, at most {@value #NAME_MAX} characters
 * @param login the partner's login, if it logs in
 * @param contact how to reach it
 * @param skills the skills it offers, as typed, normalised as a member's skills are
 * @param active whether the Service still calls on it
 */
public record Partner(
    PartnerId id,
    String name,
    Optional<String> login,
    ContactDetails contact,
    List<String> skills,
    boolean active) {

  /** The most characters of a name. */
  public static final int NAME_MAX = 150;

  /** Checks and normalises the arguments. */
  public Partner {
    Objects.requireNonNull(id, "id");
    name = RuleViolationException.requireText(name, NAME_MAX, "R-NET-1", "name", "The name");
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(contact, "contact");
    skills =
        new Profile(skills, List.of(), List.of(), true).skills();
  }
}
