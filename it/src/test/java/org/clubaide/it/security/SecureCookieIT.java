package org.clubaide.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.clubaide.it.LibertyProcess;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The session cookie as a deployment served over HTTPS has it ({@code clubaide.cookie.secure=true}),
 * on a server of its own (ports 9380/9743): Liberty cannot mark the cookie {@code Secure} for HTTPS
 * requests only, so the shared test server, like the developer run, keeps it off for plain HTTP.
 */
class SecureCookieIT {

  private static final int PORT = 9380;

  @Test
  @DisplayName("ASVS V3.4.1 V3.4.2 V3.4.3 with clubaide.cookie.secure the session cookie is Secure, HttpOnly and SameSite")
  void secureSessionCookie() {
    LibertyProcess server =
        new LibertyProcess(Path.of(System.getProperty("clubaide.it.wlp")), "clubaide-secure", PORT);
    server.create(
        Path.of(System.getProperty("clubaide.it.config")),
        Path.of(System.getProperty("clubaide.it.ear")),
        Map.of("clubaide.cookie.secure", "true"));
    server.start();
    try {
      Web https = new Web("https://localhost:" + (PORT + 363));
      String email = "secure-" + UUID.randomUUID() + "@example.org";
      Web.Answer registered =
          https.postJson(
              "/api/v1/members",
              "{\"firstName\":\"Sam\",\"lastName\":\"Test\",\"email\":\"" + email
                  + "\",\"phone\":\"+33 1 23 45 67 89\",\"postalAddress\":\"1 rue Exemple, Lyon\","
                  + "\"password\":\"" + Members.PASSWORD + "\",\"termsVersion\":\"V3/2018\","
                  + "\"termsAccepted\":true}");
      assertEquals(201, registered.status(), registered.body());

      Web.Answer login = https.formLogin(email, Members.PASSWORD);
      assertEquals(302, login.status(), login.body());
      List<String> cookies =
          login.headers("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
      String cookie = cookies.get(cookies.size() - 1).toLowerCase(Locale.ROOT);
      assertTrue(cookie.contains("; secure"), cookie);
      assertTrue(cookie.contains("httponly"), cookie);
      assertTrue(cookie.contains("samesite=lax"), cookie);
      assertNotNull(login.header("Strict-Transport-Security"));
      assertEquals(200, https.get("/member/requests.xhtml").status());
    } finally {
      server.stop();
    }
  }
}
