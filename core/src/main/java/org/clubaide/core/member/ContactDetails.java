package org.clubaide.core.member;

import static org.clubaide.core.shared.RuleViolationException.require;
import static org.clubaide.core.shared.RuleViolationException.requireText;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How to reach the member: complete contact details are required at registration (R-MEM-1).
 *
 * @param email the e-mail address, stored in lower case; also the member's login
 * @param phone the telephone number
 * @param postalAddress the postal address, possibly on several lines
 */
public record ContactDetails(String email, String phone, String postalAddress) {

  /** The most characters of an e-mail address (RFC 5321 path limit). */
  public static final int EMAIL_MAX = 254;

  /** The most characters of a postal address. */
  public static final int ADDRESS_MAX = 300;

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().\\-]{6,25}$");

  /** Checks and normalises the arguments. */
  public ContactDetails {
    email =
        requireText(email, EMAIL_MAX, "R-MEM-1", "email", "The e-mail address")
            .toLowerCase(Locale.ROOT);
    require(
        EMAIL.matcher(email).matches(),
        "R-MEM-1",
        "email",
        "\"" + email + "\" is not an e-mail address.");
    phone = requireText(phone, 25, "R-MEM-1", "phone", "The telephone number");
    require(
        PHONE.matcher(phone).matches(),
        "R-MEM-1",
        "phone",
        "The telephone number may hold digits, spaces, + ( ) . - only (6 to 25 characters).");
    postalAddress =
        requireText(postalAddress, ADDRESS_MAX, "R-MEM-1", "postalAddress", "The postal address");
  }
}
