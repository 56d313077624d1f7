package org.clubaide.it.security;

import static org.clubaide.it.security.Web.basic;
import static org.clubaide.it.security.Web.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The security event log, read in the test server's messages.log (OWASP ASVS V7.1, V7.2). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityEventsIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("clubaide.it.ear")));
  }

  @Test
  @DisplayName("ASVS V7.1.1 V7.2.1 V7.2.2 logins, denied access, refused input, rejected tokens and CSRF are logged by id only")
  void eventsByIdOnly() {
    String ada = Members.register("Ada");
    String memberId =
        Web.http().get("/api/v1/members/me", basic(ada, Members.PASSWORD)).json().getString("id");
    String past =
        "{\"title\":\"T\",\"description\":\"D\",\"kinds\":[\"HELP\"],\"neededBy\":\""
            + LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1) + "\"}";
    String madeUpToken = "cat_" + "B".repeat(43);
    Web session = Web.http();
    session.get("/api/v1/members/me", basic(ada, Members.PASSWORD));

    Map<String, Web.Answer> events = new LinkedHashMap<>();
    events.put("LOGIN_SUCCEEDED", Web.http().get("/api/v1/members/me", basic(ada, Members.PASSWORD)));
    events.put("LOGIN_FAILED", Web.http().get("/api/v1/members/me", basic(ada, "wrong password!")));
    events.put("ACCESS_DENIED", Web.http().get("/api/v1/queue", basic(ada, Members.PASSWORD)));
    events.put("VALIDATION_FAILED",
        Web.http().postJson("/api/v1/requests", past, basic(ada, Members.PASSWORD)));
    events.put("TOKEN_REJECTED", Web.http().get("/api/v1/members/me", bearer(madeUpToken)));
    events.put("CSRF_REJECTED", session.postJson("/api/v1/requests", past));
    events.put("TOKEN_CREATED",
        Web.http().postJson("/api/v1/members/me/tokens", "{\"name\":\"ci\"}",
            basic(ada, Members.PASSWORD)));

    for (Map.Entry<String, Web.Answer> e : events.entrySet()) {
      String line = Logs.securityEvent(e.getValue().header("X-Correlation-Id"), e.getKey());
      assertTrue(line.contains(" address=127.0.0.1 ") || line.contains(" address=0:0:0:0:0:0:0:1 "), line);
    }
    String login =
        Logs.securityEvent(events.get("LOGIN_SUCCEEDED").header("X-Correlation-Id"), "LOGIN_SUCCEEDED");
    assertTrue(login.contains(" member=" + memberId + " "), login);
    assertEquals(
        Logs.securityEvent(events.get("LOGIN_FAILED").header("X-Correlation-Id"), "LOGIN_FAILED")
            .replaceAll(".* account=(\\S+) .*", "$1"),
        login.replaceAll(".* account=(\\S+) .*", "$1"),
        "the same account digest whether the login failed or succeeded");

    String secret = events.get("TOKEN_CREATED").json().getString("token");
    List<String> all = Logs.linesWith("security-event");
    for (String line : all) {
      assertFalse(line.contains("@example.org"), "no e-mail address: " + line);
      assertFalse(line.contains(Members.PASSWORD), "no password: " + line);
      assertFalse(line.contains("wrong password"), "no password: " + line);
      assertFalse(line.contains("cat_"), "no token: " + line);
      assertFalse(line.contains(secret.substring(4, 20)), "no token: " + line);
      assertFalse(line.contains("Ada") || line.contains("Test "), "no name: " + line);
    }
  }

  @Test
  @DisplayName("ASVS V7.2.2 a page refused by its role constraint is logged as denied access, by id only")
  void deniedPageIsLogged() {
    String eve = Members.register("Eve");
    Web session = Web.http();
    Web.Answer login = session.formLogin(eve, Members.PASSWORD);
    assertTrue(login.status() < 400, "logged in: " + login.status());

    Web.Answer refused = session.get("/admin/users.xhtml");

    assertEquals(403, refused.status(), refused.body());
    String line = Logs.securityEvent(refused.header("X-Correlation-Id"), "ACCESS_DENIED");
    assertTrue(line.contains(" page=/admin/users.xhtml "), line);
    assertTrue(line.matches(".* account=account:[0-9a-f]{12} .*"), line);
    assertFalse(line.contains("@example.org"), "no e-mail address: " + line);
  }
}
