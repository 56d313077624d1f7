package org.clubaide.it.security;

import static org.clubaide.it.security.Problems.assertProblem;
import static org.clubaide.it.security.Web.basic;
import static org.clubaide.it.security.Web.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The login throttle at its production setting, 100 failures an hour (OWASP ASVS V2.2.1). The
 * test server trusts X-Forwarded-For from this machine, so each test acts from documentation
 * addresses of its own (RFC 5737) and never throttles 127.0.0.1, which the other tests use.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ThrottlingIT {

  private static final String ME = "/api/v1/members/me";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("clubaide.it.ear")));
  }

  /** Fails fast, before locking anything, when the server would not see the forwarded address. */
  @BeforeEach
  void forwardedAddressesAreSeen() {
    Web.Answer probe = Web.http().from("192.0.2.250").get(ME, basic("probe@example.org", "x"));
    assertEquals(401, probe.status());
    String event = Logs.securityEvent(probe.header("X-Correlation-Id"), "LOGIN_FAILED");
    assertTrue(event.contains(" address=192.0.2.250 "), event);
  }

  @Test
  @DisplayName("ASVS V2.2.1 the 101st attempt on an account is refused, right password included, and says nothing of the account")
  void perAccount() {
    String ada = Members.register("Ada");
    String ben = Members.register("Ben");
    String ghost = "ghost-" + UUID.randomUUID() + "@example.org";
    for (int i = 0; i < 100; i++) {
      String address = "198.51.100." + i;
      assertEquals(
          401, Web.http().from(address).get(ME, basic(ada, "wrong password " + i)).status(),
          "failure " + (i + 1));
      assertEquals(401, Web.http().from(address).get(ME, basic(ghost, "wrong password")).status());
    }

    Web.Answer refused = Web.http().from("203.0.113.10").get(ME, basic(ada, "wrong password"));
    JsonObject problem = assertProblem(refused, 429, "too-many-requests");
    long retryAfter = Long.parseLong(refused.header("Retry-After"));
    assertTrue(retryAfter > 3000 && retryAfter <= 3600, "Retry-After " + retryAfter);
    assertProblem(
        Web.http().from("203.0.113.11").get(ME, basic(ada, Members.PASSWORD)), 429,
        "too-many-requests");
    assertEquals(200, Web.http().from("203.0.113.11").get(ME, basic(ben, Members.PASSWORD)).status());

    Web.Answer unknown = Web.http().from("203.0.113.10").get(ME, basic(ghost, "wrong password"));
    assertEquals(problem, assertProblem(unknown, 429, "too-many-requests"),
        "an unknown login is refused exactly like an existing one");

    Web.Answer page = Web.http().from("203.0.113.12").formLogin(ada, Members.PASSWORD);
    assertEquals(200, page.status(), "the login page stays");
    assertTrue(page.body().contains("Trop de connexions ont échoué"), page.body());
    Logs.securityEvent(refused.header("X-Correlation-Id"), "LOGIN_THROTTLED");
  }

  @Test
  @DisplayName("ASVS V2.2.1 after 100 failures from one address, every login from it is refused, not from others")
  void perAddress() {
    String ada = Members.register("Ada");
    String secret =
        Web.http().postJson("/api/v1/members/me/tokens", "{\"name\":\"ci\"}",
            basic(ada, Members.PASSWORD)).json().getString("token");
    String address = "192.0.2.77";
    for (int i = 0; i < 100; i++) {
      assertEquals(
          401,
          Web.http().from(address).get(ME, basic("guess-" + i + "@example.org", "password")).status(),
          "failure " + (i + 1));
    }

    assertProblem(
        Web.http().from(address).get(ME, basic(ada, Members.PASSWORD)), 429, "too-many-requests");
    assertProblem(Web.http().from(address).get(ME, bearer(secret)), 429, "too-many-requests");
    assertEquals(200, Web.http().from("192.0.2.78").get(ME, basic(ada, Members.PASSWORD)).status());
    assertEquals(200, Web.http().from("192.0.2.78").get(ME, bearer(secret)).status());
  }
}
