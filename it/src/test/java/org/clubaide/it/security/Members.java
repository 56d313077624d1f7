package org.clubaide.it.security;

import org.clubaide.it.CurrentTerms;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

/** Members registered through the API for the security tests. */
final class Members {

  /** Every test member's password. */
  static final String PASSWORD = "correct horse battery staple";

  private Members() {}

  /** Registers a new member and returns their login (a fresh e-mail address). */
  static String register(String firstName) {
    String email = firstName.toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
    Web.Answer answer =
        Web.http()
            .postJson(
                "/api/v1/members",
                "{\"firstName\":\"" + firstName + "\",\"lastName\":\"Test\",\"email\":\"" + email
                    + "\",\"phone\":\"+33 1 23 45 67 89\",\"postalAddress\":\"1 rue Exemple, Lyon\","
                    + "\"password\":\"" + PASSWORD + "\",\"termsVersion\":\"" + CurrentTerms.label() + "\","
                    + "\"termsAccepted\":true}");
    assertEquals(201, answer.status(), answer.body());
    return email;
  }
}
