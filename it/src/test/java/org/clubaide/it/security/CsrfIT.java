package org.clubaide.it.security;

import static org.clubaide.it.security.Problems.assertProblem;
import static org.clubaide.it.security.Web.basic;
import static org.clubaide.it.security.Web.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.File;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** CSRF tokens for API calls that the session cookie authenticates (OWASP ASVS V13.2.3). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CsrfIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("clubaide.it.ear")));
  }

  private static String request() {
    return "{\"title\":\"Besoin d'un avis\",\"description\":\"Un problème.\",\"kinds\":[\"HELP\"],"
        + "\"neededBy\":\"" + LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(5) + "\"}";
  }

  private static int count(Web web) {
    return web.get("/api/v1/requests").json().getJsonArray("items").size();
  }

  private static String csrf(Web web) {
    Web.Answer answer = web.get("/api/v1/csrf");
    assertEquals(200, answer.status(), answer.body());
    assertEquals("X-CSRF-Token", answer.json().getString("header"));
    return answer.json().getString("token");
  }

  @Test
  @DisplayName("ASVS V13.2.3 a change authenticated by the session cookie needs the session's token")
  void sessionCookieNeedsToken() {
    String ada = Members.register("Ada");
    Web web = Web.http();
    assertEquals(200, web.get("/api/v1/members/me", basic(ada, Members.PASSWORD)).status());
    assertNotNull(web.cookie("JSESSIONID"), "the login opened a session");

    assertEquals(0, count(web), "reading needs no token");
    assertProblem(web.postJson("/api/v1/requests", request()), 403, "csrf");
    assertProblem(
        web.postJson("/api/v1/requests", request(), "X-CSRF-Token", "made-up"), 403, "csrf");
    assertEquals(0, count(web), "nothing was created");

    String token = csrf(web);
    Web.Answer created = web.postJson("/api/v1/requests", request(), "X-CSRF-Token", token);
    assertEquals(201, created.status(), created.body());
    assertProblem(
        web.send("POST", "/api/v1/requests", "text/plain", "title=x", "X-CSRF-Token", token),
        415, "unsupported-media-type");
    assertProblem(
        web.send("POST", "/api/v1/requests", "application/x-www-form-urlencoded", "title=x",
            "X-CSRF-Token", token),
        415, "unsupported-media-type");
    assertEquals(1, count(web));
  }

  @Test
  @DisplayName("ASVS V13.2.3 another session's token is refused; each login draws a new one")
  void tokenBelongsToItsSession() {
    String ada = Members.register("Ada");
    String ben = Members.register("Ben");
    Web adas = Web.http();
    adas.get("/api/v1/members/me", basic(ada, Members.PASSWORD));
    Web bens = Web.http();
    bens.get("/api/v1/members/me", basic(ben, Members.PASSWORD));

    assertProblem(adas.postJson("/api/v1/requests", request(), "X-CSRF-Token", csrf(bens)), 403, "csrf");

    String before = csrf(adas);
    assertEquals(302, adas.formLogin(ada, Members.PASSWORD).status());
    String after = csrf(adas);
    assertNotEquals(before, after);
    assertProblem(adas.postJson("/api/v1/requests", request(), "X-CSRF-Token", before), 403, "csrf");
    assertEquals(201, adas.postJson("/api/v1/requests", request(), "X-CSRF-Token", after).status());
  }

  @Test
  @DisplayName("ASVS V13.2.3 calls that carry their credentials need no token")
  void credentialsNeedNoToken() {
    String ada = Members.register("Ada");
    assertEquals(201, Web.http().postJson("/api/v1/requests", request(), basic(ada, Members.PASSWORD)).status());
    Web.Answer token =
        Web.http()
            .postJson("/api/v1/members/me/tokens", "{\"name\":\"ci\"}", basic(ada, Members.PASSWORD));
    String secret = token.json().getString("token");
    assertEquals(201, Web.http().postJson("/api/v1/requests", request(), bearer(secret)).status());
    assertProblem(Web.http().get("/api/v1/csrf", bearer(secret)), 404, "not-found");
    assertProblem(Web.http().get("/api/v1/csrf"), 401, "unauthenticated");
  }
}
