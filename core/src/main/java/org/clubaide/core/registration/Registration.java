package org.clubaide.core.registration;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.clubaide.core.member.FieldGroup;
import org.clubaide.core.member.Visibility;
import org.clubaide.core.shared.Channel;

/**
 * What a visitor fills in to become a member (R-MEM-1).
 *
 * @param firstName first name
 * @param lastName last name
 * @param organisation company or organisation, may be empty
 * @param email e-mail address, also the login
 * @param phone telephone number
 * @param postalAddress postal address
 * @param password the chosen password, hashed before it is kept
 * @param termsVersion the label of the terms version shown to the visitor
 * @param termsAccepted whether the visitor ticked the acceptance; must be {@code true}
 * @param visibility the visibility chosen per field group; missing groups stay service-only
 * @param channel how the registration reached the Service
 */
public record Registration(
    String firstName,
    String lastName,
    Optional<String> organisation,
    String email,
    String phone,
    String postalAddress,
    char[] password,
    String termsVersion,
    boolean termsAccepted,
    Map<FieldGroup, Visibility> visibility,
    Channel channel) {

  /** Checks that nothing is missing; the rules are checked by the use case. */
  public Registration {
    Objects.requireNonNull(organisation, "organisation");
    visibility = visibility == null ? Map.of() : Map.copyOf(visibility);
    Objects.requireNonNull(channel, "channel");
  }
}
