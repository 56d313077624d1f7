package org.clubaide.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sessions of the login form: renewed at login, cookie flags, HTTPS, logout. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionsIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("clubaide.it.ear")));
  }

  /** The session cookie the answer sets: the last one on the wire, which a browser keeps. */
  private static String sessionCookie(Web.Answer answer) {
    List<String> cookies =
        answer.headers("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    assertFalse(cookies.isEmpty(), "a session cookie: " + answer.headers());
    return cookies.get(cookies.size() - 1);
  }

  @Test
  @DisplayName("ASVS V3.2.1 V3.4.2 V3.4.3 the login renews the session id; the cookie is HttpOnly and SameSite, over plain HTTP too")
  void loginRenewsTheSession() {
    String ada = Members.register("Ada");
    Web web = Web.http();
    Web.Answer page = web.get("/login.xhtml");
    String before = web.cookie("JSESSIONID");
    assertNotNull(before, "the login page opened a session: " + page.headers());

    Web.Answer login = web.formLogin(ada, Members.PASSWORD);
    assertEquals(302, login.status(), login.body());
    String cookie = sessionCookie(login).toLowerCase(Locale.ROOT);
    assertNotEquals(before, web.cookie("JSESSIONID"));
    assertTrue(cookie.contains("httponly"), cookie);
    assertTrue(cookie.contains("samesite=lax"), cookie);
    assertFalse(cookie.contains("secure"), "plain HTTP keeps working on a developer machine: " + cookie);
    assertEquals(200, web.get("/member/requests.xhtml").status());
  }

  @Test
  @DisplayName("ASVS V9.1.1 the default run serves HTTPS with its self-signed certificate and sends HSTS there")
  void https() {
    String ada = Members.register("Ada");
    Web web = Web.https();
    Web.Answer login = web.formLogin(ada, Members.PASSWORD);
    assertEquals(302, login.status(), login.body());
    String cookie = sessionCookie(login).toLowerCase(Locale.ROOT);
    assertTrue(cookie.contains("httponly") && cookie.contains("samesite=lax"), cookie);
    assertNotNull(login.header("Strict-Transport-Security"));
    assertEquals(200, web.get("/member/requests.xhtml").status());
    assertNull(Web.http().get("/").header("Strict-Transport-Security"), "not over plain HTTP");
  }

  @Test
  @DisplayName("ASVS V3.3.1 logging out invalidates the session: its cookie opens nothing any more")
  void logoutInvalidates() {
    String ada = Members.register("Ada");
    Web web = Web.http();
    assertEquals(302, web.formLogin(ada, Members.PASSWORD).status());
    Web.Answer page = web.get("/member/requests.xhtml");
    assertEquals(200, page.status());
    String session = web.cookie("JSESSIONID");

    Map<String, String> fields = new LinkedHashMap<>(page.hiddenInputs("logout"));
    fields.put("logout", "logout");
    fields.put("logout-button", "Se déconnecter");
    Web.Answer logout = web.submit(page.formAction("logout"), fields);
    assertEquals(302, logout.status(), logout.body());

    Web replay = Web.http();
    replay.setCookie("JSESSIONID", session);
    Web.Answer after = replay.get("/member/requests.xhtml");
    assertEquals(302, after.status());
    assertTrue(after.header("Location").contains("/login.xhtml"), after.header("Location"));
    assertEquals(401, replay.get("/api/v1/members/me").status());
  }

  @Test
  @DisplayName("R-PRV-1 a wrong password on the login page says so and opens nothing")
  void wrongPassword() {
    String ada = Members.register("Ada");
    Web web = Web.http();
    Web.Answer page = web.formLogin(ada, "not the password");
    assertEquals(200, page.status());
    assertTrue(page.body().contains("Identifiant ou mot de passe incorrect."), page.body());
    assertEquals(302, web.get("/member/requests.xhtml").status());
  }
}
