package org.clubaide.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Notifications on a real Open Liberty: the e-mails reach a real SMTP server (GreenMail, on the
 * port the test server's configuration names), in the member's language, once; the in-app list
 * shows the same notifications; business time moved through the server's clock (never by sleeping)
 * makes a deadline pass, the Service is told, and the agent's move of the deadline sends the member
 * the delay notice with the reason and the new date (R-REQ-7).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsIT {

  /** Where the test server sends its e-mails (it/src/test/liberty/config/server.xml). */
  static final int SMTP_PORT = 9425;

  private static final ZoneId SERVICE_ZONE = ZoneId.of("Europe/Paris");
  private static final String PASSWORD = "correct horse battery staple";

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  private static final Mailbox MAIL = new Mailbox(SMTP);

  private final Api api = new Api(System.getProperty("clubaide.it.baseUrl"));

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("clubaide.it.ear")));
  }

  @AfterEach
  void businessTimeBackToNow() {
    ServerLog.Credentials admin = ServerLog.firstAdministrator();
    Api.Answer reset =
        api.put("/api/v1/test/clock", "{\"offset\":\"PT0S\"}", admin.login(), admin.password());
    assertEquals(200, reset.status(), reset.body());
  }

  @Test
  @DisplayName(
      "R-REQ-1 a request raised sends the member one e-mail in French, with its Message-ID, and"
          + " shows in the in-app list")
  void receivedByEmailAndInApp() throws Exception {
    String email = register("Alice");
    String title = "Trésorerie " + UUID.randomUUID().toString().substring(0, 8);
    String request = raise(email, title, LocalDate.now(SERVICE_ZONE).plusDays(10));

    MimeMessage mail = MAIL.await(email, "Demande reçue : " + title);
    assertTrue(((String) mail.getContent()).contains("member/request.xhtml?id=" + request));

    Api.Answer list = api.get("/api/v1/notifications", email, PASSWORD);
    assertEquals(200, list.status(), list.body());
    JsonObject first = list.json().getJsonArray("items").getJsonObject(0);
    assertEquals("REQUEST_RECEIVED", first.getString("kind"));
    assertEquals("Demande reçue : " + title, first.getString("subject"));
    assertEquals("<" + first.getString("id") + "@clubaide>", mail.getMessageID());
    assertEquals(1, list.json().getInt("unread"));

    Api.Answer read =
        api.post("/api/v1/notifications/" + first.getString("id") + "/read", "", email, PASSWORD);
    assertEquals(204, read.status(), read.body());
    assertEquals(0, api.get("/api/v1/notifications", email, PASSWORD).json().getInt("unread"));
    assertEquals(1, MAIL.to(email).size(), "one e-mail, however often the dispatcher runs");
  }

  @Test
  @DisplayName(
      "R-REQ-7 a missed deadline tells the Service; moving it sends the member, in English, the"
          + " reason and the new date")
  void missedDeadlineThenDelayNotice() throws Exception {
    ServerLog.Credentials admin = ServerLog.firstAdministrator();
    String email = register("Bruno");
    Api.Answer english =
        api.put("/api/v1/notifications/preferences", "{\"language\":\"en\"}", email, PASSWORD);
    assertEquals(200, english.status(), english.body());
    LocalDate today = LocalDate.now(SERVICE_ZONE);
    String title = "Deadline " + UUID.randomUUID().toString().substring(0, 8);
    String request = raise(email, title, today.plusDays(30));
    Api.Answer accepted =
        api.post(
            "/api/v1/requests/" + request + "/acceptance",
            "{\"route\":\"INTERNAL\",\"solutionDueOn\":\"" + today.plusDays(1) + "\"}",
            admin.login(),
            admin.password());
    assertEquals(200, accepted.status(), accepted.body());
    MAIL.await(email, "Request accepted: " + title);

    // The checks' first run starts from its own day: let it run once on the real day first.
    await(
        "the checks on dates ran once",
        Duration.ofSeconds(90),
        () -> {
          JsonObject outbox =
              api.get("/api/v1/notifications/outbox", admin.login(), admin.password()).json();
          return outbox.containsKey("lastChecks") && !outbox.isNull("lastChecks")
              ? Optional.of(true)
              : Optional.empty();
        });
    Api.Answer moved =
        api.put("/api/v1/test/clock", "{\"offset\":\"P3D\"}", admin.login(), admin.password());
    assertEquals(200, moved.status(), moved.body());
    JsonObject missed =
        await(
            "the Service is told the deadline was missed",
            Duration.ofSeconds(150),
            () -> serviceNotification(admin, "DEADLINE_MISSED", request));
    assertEquals("SOLUTION", missed.getJsonObject("params").getString("deadline"));
    assertEquals(today.plusDays(1).toString(), missed.getJsonObject("params").getString("dueOn"));

    LocalDate newDate = today.plusDays(10);
    Api.Answer delay =
        api.post(
            "/api/v1/requests/" + request + "/deadline-moves",
            "{\"newDate\":\"" + newDate + "\",\"reason\":\"The expert is away until then.\"}",
            admin.login(),
            admin.password());
    assertEquals(200, delay.status(), delay.body());
    String body = (String) MAIL.await(email, "New deadline for your request: " + title).getContent();
    assertTrue(body.contains("The expert is away until then."), body);
    assertTrue(body.contains(newDate.getDayOfMonth() + " "), body);
  }

  @Test
  @DisplayName("R-PRV-3 the administrator sees the outbox; a member may not")
  void outboxForTheAdministratorOnly() {
    ServerLog.Credentials admin = ServerLog.firstAdministrator();
    String email = register("Chloé");
    Api.Answer outbox =
        api.get("/api/v1/notifications/outbox?status=SENT", admin.login(), admin.password());
    assertEquals(200, outbox.status(), outbox.body());
    assertTrue(outbox.json().getBoolean("smtpConfigured"));
    assertTrue(outbox.json().getString("lastDispatch").contains("|"), outbox.body());
    assertEquals(403, api.get("/api/v1/notifications/outbox", email, PASSWORD).status());
    assertEquals(403, api.get("/api/v1/notifications?inbox=service", email, PASSWORD).status());
    assertEquals(422, api.get("/api/v1/notifications?inbox=nobody", email, PASSWORD).status());
  }

  private Optional<JsonObject> serviceNotification(
      ServerLog.Credentials admin, String kind, String request) {
    Api.Answer list =
        api.get("/api/v1/notifications?inbox=service&limit=100", admin.login(), admin.password());
    assertEquals(200, list.status(), list.body());
    return list.json().getJsonArray("items").stream()
        .map(v -> v.asJsonObject())
        .filter(n -> n.getString("kind").equals(kind))
        .filter(n -> request.equals(n.getJsonObject("params").getString("request", "")))
        .findFirst();
  }

  private String register(String firstName) {
    String email = firstName.toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
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
    return email;
  }

  private String raise(String email, String title, LocalDate neededBy) {
    Api.Answer raised =
        api.post(
            "/api/v1/requests",
            "{\"title\":\""
                + title
                + "\",\"description\":\"A problem.\",\"kinds\":[\"HELP\"],"
                + "\"neededBy\":\""
                + neededBy
                + "\"}",
            email,
            PASSWORD);
    assertEquals(201, raised.status(), raised.body());
    return raised.json().getString("id");
  }

  /** Polls until the answer is there or the deadline passes (the server's scheduler runs apart). */
  static <T> T await(String what, Duration timeout, Supplier<Optional<T>> probe) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      Optional<T> found = probe.get();
      if (found.isPresent()) {
        return found.get();
      }
      LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
    }
    throw new AssertionError("Waited " + timeout.toSeconds() + " s for " + what);
  }
}
