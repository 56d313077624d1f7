package org.clubaide.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clubaide.it.ui.Axe;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Password reset by e-mailed link on a real Open Liberty (R-PRV-1): the e-mail reaches a real SMTP
 * server (GreenMail, on the port the test server's configuration names), its link sets a new
 * password once, the old one stops working, and an unknown address gets the same answer and no
 * e-mail. Then the same journey in a real browser, from the login page to the login page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordResetIT {

  private static final String PASSWORD = "correct horse battery staple";
  private static final String NEW_PASSWORD = "a fresh and longer passphrase";
  private static final Pattern LINK =
      Pattern.compile("(https?://\\S+/reset-password\\.xhtml)\\?token=([A-Za-z0-9_-]{43})");

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(
          new ServerSetup(NotificationsIT.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  private static final Mailbox MAIL = new Mailbox(SMTP);

  private final String baseUrl = System.getProperty("clubaide.it.baseUrl");
  private final Api api = new Api(baseUrl);
  private final List<Browser> browsers = new ArrayList<>();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("clubaide.it.ear")));
  }

  @AfterEach
  void closeBrowsers() {
    browsers.forEach(Browser::close);
  }

  @AfterAll
  static void writeAccessibilityReport() {
    Axe.writeReport(Path.of(System.getProperty("clubaide.it.axeReport")));
  }

  @Test
  @DisplayName(
      "R-PRV-1 a member who forgot their password gets a link by e-mail that sets a new one once;"
          + " an unknown address gets the same answer and no e-mail")
  void resetOverHttp() {
    String email = register("Reset");
    String unknown = "nobody-" + UUID.randomUUID() + "@example.org";

    Api.Answer forUnknown = requestReset(unknown);
    Api.Answer forKnown = requestReset(email.toUpperCase());

    assertEquals(202, forKnown.status(), forKnown.body());
    assertEquals(forKnown.status(), forUnknown.status());
    assertEquals(forKnown.body(), forUnknown.body(), "the same answer, whatever the address");
    String body = Mailbox.text(MAIL.await(email, "Choisir un nouveau mot de passe"));
    Matcher link = LINK.matcher(body);
    assertTrue(link.find(), body);
    assertEquals(baseUrl + "/reset-password.xhtml", link.group(1));
    String token = link.group(2);
    assertTrue(MAIL.to(unknown).isEmpty(), "no e-mail to an unknown address");

    Api.Answer weak = complete(token, "short");
    assertEquals(422, weak.status(), weak.body());
    assertTrue(weak.body().contains("newPassword"), weak.body());
    Api.Answer done = complete(token, NEW_PASSWORD);
    assertEquals(204, done.status(), done.body());

    assertEquals(200, api.get("/api/v1/members/me", email, NEW_PASSWORD).status());
    assertEquals(401, api.get("/api/v1/members/me", email, PASSWORD).status());
    Api.Answer again = complete(token, "yet another long passphrase");
    assertEquals(422, again.status(), again.body());
    assertTrue(again.body().contains("\"token\""), again.body());
    Api.Answer unknownToken = complete("A".repeat(43), "yet another long passphrase");
    assertEquals(422, unknownToken.status(), unknownToken.body());
    assertEquals(200, api.get("/api/v1/members/me", email, NEW_PASSWORD).status());
  }

  @Test
  @DisplayName(
      "R-PRV-1 the link is a secret: in no in-app list, not in the administrators' outbox view,"
          + " and its page sends no referrer")
  void theLinkStaysSecret() throws Exception {
    String email = register("Secret");
    assertEquals(202, requestReset(email).status());
    String token = token(Mailbox.text(MAIL.await(email, "Choisir un nouveau mot de passe")));

    Api.Answer list = api.get("/api/v1/notifications", email, PASSWORD);
    assertEquals(200, list.status(), list.body());
    assertFalse(list.body().contains("PASSWORD_RESET"), list.body());
    assertFalse(list.body().contains(token), list.body());
    ServerLog.Credentials admin = ServerLog.firstAdministrator();
    for (String status : List.of("PENDING", "SENT", "FAILED")) {
      Api.Answer outbox =
          api.get(
              "/api/v1/notifications/outbox?status=" + status + "&limit=100",
              admin.login(),
              admin.password());
      assertEquals(200, outbox.status(), outbox.body());
      assertFalse(outbox.body().contains(token), outbox.body());
      assertFalse(outbox.body().contains("reset-password"), outbox.body());
    }
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/reset-password.xhtml?token=" + token))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    assertEquals(Optional.of("no-referrer"), page.headers().firstValue("Referrer-Policy"));
    assertFalse(page.body().contains(token), "the form does not carry the secret");
  }

  @Test
  @DisplayName(
      "R-PRV-1 in the browser: login page, forgotten password, e-mail, new password, login with it;"
          + " both new pages accessible")
  void resetInTheBrowser() {
    String email = register("Navigateur");
    Browser visitor = browser().open("/login.xhtml");

    visitor.follow(By.id("login-forgot"));
    assertEquals("/forgot-password.xhtml", visitor.path());
    accessible(visitor, "/forgot-password.xhtml");
    visitor.type("email", email).submit("forgot-submit");
    assertEquals("/forgot-password.xhtml", visitor.path());
    assertEquals(
        List.of(
            "Si un accès correspond à cette adresse, un e-mail avec un lien pour choisir un nouveau"
                + " mot de passe vient d'y être envoyé. Le lien fonctionne une fois, pendant une"
                + " heure."),
        visitor.messages("msg-info"));

    String body = Mailbox.text(MAIL.await(email, "Choisir un nouveau mot de passe"));
    Matcher link = LINK.matcher(body);
    assertTrue(link.find(), body);
    visitor.open(link.group(0).substring(baseUrl.length()));
    assertEquals("Choisir un nouveau mot de passe", visitor.text(By.tagName("h1")));
    accessible(visitor, "/reset-password.xhtml");
    visitor.submit("lang-en");
    assertEquals("/reset-password.xhtml", visitor.path(), "the token is in no later address");
    assertEquals("Choose a new password", visitor.text(By.tagName("h1")));
    accessible(visitor, "/reset-password.xhtml (English)");
    visitor.submit("lang-fr");

    visitor.type("password", NEW_PASSWORD).type("confirmation", "not the same passphrase");
    visitor.submit("reset-submit");
    assertEquals(
        List.of("Le mot de passe et sa confirmation ne sont pas identiques."),
        visitor.messages("msg-error"));
    visitor.type("password", "short!").type("confirmation", "short!");
    visitor
        .scripts()
        .executeScript(
            "document.getElementById('password').removeAttribute('minlength');"
                + "document.getElementById('confirmation').removeAttribute('minlength');");
    visitor.submit("reset-submit");
    assertEquals(
        List.of("Le nouveau mot de passe doit compter de 12 à 128 caractères."),
        visitor.messages("msg-error"));
    accessible(visitor, "/reset-password.xhtml (refused)");
    visitor.type("password", NEW_PASSWORD).type("confirmation", NEW_PASSWORD);
    visitor.submit("reset-submit");

    assertEquals("/login.xhtml", visitor.path());
    assertEquals(
        List.of("Votre nouveau mot de passe est enregistré : connectez-vous avec lui."),
        visitor.messages("msg-info"));
    visitor.type("username", email).type("password", NEW_PASSWORD).submit("login-submit");
    assertEquals("/member/requests.xhtml", visitor.path());
    assertEquals(email, visitor.text(By.className("who")));
  }

  @Test
  @DisplayName(
      "R-PRV-1 an address asks for at most 20 links an hour, then waits (429, Retry-After);"
          + " others are not concerned")
  void requestsThrottledPerAddress() throws Exception {
    Random random = new Random();
    String address = "198.18." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    String other = "198.19." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    String body = "{\"email\":\"nobody-" + UUID.randomUUID() + "@example.org\"}";
    for (int i = 0; i < 20; i++) {
      assertEquals(202, postFrom(address, "/api/v1/password-resets", body).statusCode());
    }

    HttpResponse<String> refused = postFrom(address, "/api/v1/password-resets", body);

    assertEquals(429, refused.statusCode(), refused.body());
    assertTrue(
        refused.headers().firstValue("Retry-After").isPresent(), refused.headers().toString());
    assertTrue(refused.body().contains("too-many-reset-requests"), refused.body());
    assertEquals(202, postFrom(other, "/api/v1/password-resets", body).statusCode());
  }

  @Test
  @DisplayName(
      "R-PRV-1 R-PRV-3 an agent's login created without a password is e-mailed an invitation;"
          + " its link sets the password, with which the agent works in the queue")
  void invitedAgent() {
    ServerLog.Credentials admin = ServerLog.firstAdministrator();
    String agent = "agent-" + UUID.randomUUID() + "@example.org";

    Api.Answer created =
        api.post(
            "/api/v1/admin/logins",
            "{\"login\":\"" + agent + "\",\"roles\":[\"AGENT\"]}",
            admin.login(),
            admin.password());

    assertEquals(201, created.status(), created.body());
    String body = Mailbox.text(MAIL.await(agent, "Invitation : choisissez votre mot de passe"));
    Matcher link = LINK.matcher(body);
    assertTrue(link.find(), body);
    assertEquals(401, api.get("/api/v1/queue", agent, NEW_PASSWORD).status());
    Api.Answer chosen = complete(link.group(2), NEW_PASSWORD);
    assertEquals(204, chosen.status(), chosen.body());
    assertEquals(200, api.get("/api/v1/queue", agent, NEW_PASSWORD).status());
  }

  @Test
  @DisplayName(
      "R-PRV-1 ASVS V3.3.3 a password reset ends the login's open sessions and revokes its access"
          + " tokens: whoever had taken the login over is out")
  void resetEndsSessionsAndTokens() throws Exception {
    String email = register("Session");
    HttpClient withCookies =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpClient plain = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    assertEquals(200, me(withCookies, "Authorization", basic), "a Basic login opens a session");
    assertEquals(200, me(withCookies), "the session cookie alone authenticates");
    Api.Answer created = api.post("/api/v1/members/me/tokens", "{\"name\":\"t\"}", email, PASSWORD);
    assertEquals(201, created.status(), created.body());
    String bearer = "Bearer " + created.json().getString("token");
    assertEquals(200, me(plain, "Authorization", bearer));

    requestReset(email);
    Matcher link = LINK.matcher(Mailbox.text(MAIL.await(email, "Choisir un nouveau mot de passe")));
    assertTrue(link.find());
    assertEquals(204, complete(link.group(2), NEW_PASSWORD).status());

    assertEquals(401, me(withCookies), "the old session stops");
    assertEquals(401, me(plain, "Authorization", bearer), "the token too");
    assertEquals(200, api.get("/api/v1/members/me", email, NEW_PASSWORD).status());
  }

  private int me(HttpClient client, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/members/me"))
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(30));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  @Test
  @DisplayName("R-PRV-1 malformed input is a problem document (400 or 415), never a 5xx")
  void badInput() {
    for (String[] c :
        new String[][] {
          {"/api/v1/password-resets", "{\"email\":", "application/json", "400"},
          {"/api/v1/password-resets", "{}", "application/json", "400"},
          {
            "/api/v1/password-resets",
            "{\"email\":\"" + "a".repeat(300) + "\"}",
            "application/json",
            "400"
          },
          {"/api/v1/password-resets", "email=a@b.c", "application/x-www-form-urlencoded", "415"},
          {"/api/v1/password-resets/completion", "{\"token\":\"x\"}", "application/json", "400"},
          {"/api/v1/password-resets/completion", "[1,2]", "application/json", "400"},
          {"/api/v1/password-resets/completion", "token=x", "text/plain", "415"}
        }) {
      Api.Answer answer = api.postAs(c[0], c[1], c[2], null, null);
      assertEquals(
          Integer.parseInt(c[3]), answer.status(), c[0] + " " + c[1] + ": " + answer.body());
      assertTrue(
          answer.contentType().startsWith("application/problem+json"),
          c[0] + " " + c[1] + ": " + answer.contentType());
    }
  }

  private HttpResponse<String> postFrom(String address, String path, String json)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private Browser browser() {
    Browser browser = Browser.start(baseUrl);
    browsers.add(browser);
    return browser;
  }

  private static void accessible(Browser browser, String page) {
    List<String> blocking = Axe.check(browser.scripts(), page);
    assertEquals(List.of(), blocking, "axe-core: serious or critical violations on " + page);
  }

  private Api.Answer requestReset(String email) {
    return api.post("/api/v1/password-resets", "{\"email\":\"" + email + "\"}", null, null);
  }

  private Api.Answer complete(String token, String newPassword) {
    return api.post(
        "/api/v1/password-resets/completion",
        "{\"token\":\"" + token + "\",\"newPassword\":\"" + newPassword + "\"}",
        null,
        null);
  }

  private static String token(String body) {
    Matcher link = LINK.matcher(body);
    assertTrue(link.find(), body);
    return link.group(2);
  }

  private String register(String firstName) {
    String email =
        firstName.toLowerCase()
            + "-"
            + UUID.randomUUID().toString().substring(0, 8)
            + "@example.org";
    String terms = api.get("/api/v1/terms/current", null, null).json().getString("label");
    Api.Answer registered =
        api.post(
            "/api/v1/members",
            "{\"firstName\":\""
                + firstName
                + "\",\"lastName\":\"Test\",\"email\":\""
                + email
                + "\",\"phone\":\"+33 1 23 45 67 89\",\"postalAddress\":\"1 rue Exemple, Lyon\","
                + "\"password\":\""
                + PASSWORD
                + "\",\"termsVersion\":\""
                + terms
                + "\",\"termsAccepted\":true}",
            null,
            null);
    assertEquals(201, registered.status(), registered.body());
    JsonObject member = registered.json();
    assertTrue(member.containsKey("id"), registered.body());
    return email;
  }

}
