package org.clubaide.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two Liberty servers on their own ports share the PostgreSQL database of {@code test.sh}; the
 * scheduled sending of e-mails runs on one of them. While e-mails are pending (the SMTP server is
 * down), that server is killed (SIGKILL); the SMTP server comes back; the other server takes the
 * task over and sends every pending e-mail, each once. The figures (time to take over, duplicates)
 * are printed and recorded in docs/notifications.md.
 */
class FailoverIT {

  /** The GreenMail SMTP server of this test, apart from NotificationsIT's. */
  static final int SMTP_PORT = 9427;

  /** Liberty's smallest failover threshold (missedTaskThreshold), as configured by default. */
  static final Duration THRESHOLD = Duration.ofSeconds(100);

  /** Liberty polls for missed tasks every 59 s when failover is on and no interval is set. */
  static final Duration POLL = Duration.ofSeconds(59);

  private static final ZoneId SERVICE_ZONE = ZoneId.of("Europe/Paris");
  private static final String PASSWORD = "correct horse battery staple";
  private static final int BEFORE = 3;
  private static final int PENDING = 5;

  private final ServerSetup smtpSetup =
      new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

  @Test
  @DisplayName(
      "R-REQ-7 the server sending e-mails dies with e-mails pending: the other server sends every"
          + " one of them, once")
  void survivorSendsEveryPendingEmailOnce() throws Exception {
    Map<String, String> pg = postgres();
    String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    GreenMail smtp = new GreenMail(smtpSetup);
    smtp.start();
    LibertyProcess a = server("clubaide-failover-a", 9480, pg, run);
    LibertyProcess b = server("clubaide-failover-b", 9490, pg, run);
    a.start();
    b.start();
    LibertyProcess survivor;
    try (Connection db = connect(pg)) {
      // Both run; the e-mails flow through whichever server holds the sending task.
      Map<String, String> before = new LinkedHashMap<>();
      for (int i = 0; i < BEFORE; i++) {
        before.put(raise(b, "before-" + i + "-" + run), "before-" + i);
      }
      awaitAll(smtp, before.keySet(), Duration.ofSeconds(90));
      Map<String, Integer> copies = new HashMap<>();
      for (String email : before.keySet()) {
        copies.put(email, copiesTo(smtp, email));
      }
      String owner = lastDispatcher(db);
      LibertyProcess dying = owner.startsWith("clubaide-failover-a#") ? a : b;
      survivor = dying == a ? b : a;

      // The SMTP server goes down: new e-mails stay pending while the owner tries them.
      smtp.stop();
      Map<String, String> pending = new LinkedHashMap<>();
      for (int i = 0; i < PENDING; i++) {
        pending.put(raise(survivor, "pending-" + i + "-" + run), "pending-" + i);
      }
      NotificationsIT.await(
          "the owner tried every pending e-mail once at least",
          Duration.ofSeconds(60),
          () -> allAttempted(db, pending.keySet()) ? Optional.of(true) : Optional.empty());

      Instant killedAt = Instant.now();
      dying.kill();
      smtp = new GreenMail(smtpSetup);
      smtp.start();
      Map<String, Instant> arrivals =
          awaitAll(smtp, pending.keySet(), THRESHOLD.plus(POLL).plusSeconds(120));
      Instant first = arrivals.values().stream().min(Instant::compareTo).orElseThrow();
      Instant last = arrivals.values().stream().max(Instant::compareTo).orElseThrow();
      String newOwner = lastDispatcher(db);

      for (String email : union(before.keySet(), pending.keySet())) {
        copies.merge(email, copiesTo(smtp, email), Integer::sum);
      }
      long duplicates = copies.values().stream().mapToInt(n -> n - 1).filter(n -> n > 0).sum();
      System.out.printf(
          "FAILOVER figures: killed %s (held the sending task); %s took over. First pending e-mail"
              + " %.1f s after the kill, all %d pending e-mails after %.1f s (threshold %d s, poll"
              + " %d s). Duplicates: %d of %d e-mails.%n",
          owner,
          newOwner,
          Duration.between(killedAt, first).toMillis() / 1000.0,
          PENDING,
          Duration.between(killedAt, last).toMillis() / 1000.0,
          THRESHOLD.toSeconds(),
          POLL.toSeconds(),
          duplicates,
          BEFORE + PENDING);

      assertTrue(
          newOwner.startsWith(survivor == a ? "clubaide-failover-a#" : "clubaide-failover-b#"),
          newOwner);
      assertEquals(0, duplicates, "every e-mail once: " + copies);
      assertTrue(
          Duration.between(killedAt, last).compareTo(THRESHOLD.plus(POLL).plusSeconds(30)) <= 0,
          "taken over within the failover threshold and one poll");
    } finally {
      a.stop();
      b.stop();
      smtp.stop();
    }
  }

  private static List<String> union(Iterable<String> x, Iterable<String> y) {
    List<String> all = new ArrayList<>();
    x.forEach(all::add);
    y.forEach(all::add);
    return all;
  }

  private static LibertyProcess server(String name, int port, Map<String, String> pg, String run) {
    LibertyProcess server =
        new LibertyProcess(Path.of(System.getProperty("clubaide.it.wlp")), name, port);
    Map<String, String> variables = new LinkedHashMap<>(pg);
    server.create(
        Path.of(System.getProperty("clubaide.it.config")),
        Path.of(System.getProperty("clubaide.it.ear")),
        variables);
    // The settings the application reads through MicroProfile Config go in a configuration
    // drop-in: server.xml variables, like an operator's.
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("clubaide.smtp.host", "127.0.0.1");
    settings.put("clubaide.smtp.port", Integer.toString(SMTP_PORT));
    settings.put("clubaide.smtp.starttls", "false");
    settings.put("clubaide.server.name", name);
    // Timers of their own in the shared database: earlier servers' timers do not interfere.
    settings.put("clubaide.scheduler.tables", "FO" + run + "_");
    settings.put("clubaide.notifications.retry.first-seconds", "5");
    settings.put("clubaide.notifications.retry.cap-seconds", "10");
    StringBuilder xml = new StringBuilder("<server>\n");
    settings.forEach(
        (k, v) ->
            xml.append("  <variable name=\"")
                .append(k)
                .append("\" value=\"")
                .append(v)
                .append("\"/>\n"));
    xml.append("</server>\n");
    Path overrides = server.log().getParent().getParent().resolve("configDropins/overrides");
    try {
      Files.createDirectories(overrides);
      Files.writeString(overrides.resolve("failover-test.xml"), xml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return server;
  }

  /** Registers a member with a new address on the server; they raise a request: one e-mail. */
  private static String raise(LibertyProcess server, String who) {
    Api api = new Api(server.baseUrl());
    String email = who + "@failover.example";
    String terms = api.get("/api/v1/terms/current", null, null).json().getString("label");
    Api.Answer registered =
        api.post(
            "/api/v1/members",
            "{\"firstName\":\"Fail\",\"lastName\":\"Over\",\"email\":\""
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
    Api.Answer raised =
        api.post(
            "/api/v1/requests",
            "{\"title\":\"Failover "
                + who
                + "\",\"description\":\"A problem.\",\"kinds\":[\"HELP\"],"
                + "\"neededBy\":\""
                + LocalDate.now(SERVICE_ZONE).plusDays(10)
                + "\"}",
            email,
            PASSWORD);
    assertEquals(201, raised.status(), raised.body());
    return email.toLowerCase(Locale.ROOT);
  }

  /** Waits until every address got its e-mail; when each first arrived. */
  private static Map<String, Instant> awaitAll(
      GreenMail smtp, Iterable<String> emails, Duration timeout) {
    Map<String, Instant> arrivals = new LinkedHashMap<>();
    List<String> expected = new ArrayList<>();
    emails.forEach(expected::add);
    NotificationsIT.await(
        "e-mails to " + expected,
        timeout,
        () -> {
          for (String email : expected) {
            if (!arrivals.containsKey(email) && copiesTo(smtp, email) > 0) {
              arrivals.put(email, Instant.now());
            }
          }
          return arrivals.size() == expected.size() ? Optional.of(true) : Optional.empty();
        });
    return arrivals;
  }

  private static int copiesTo(GreenMail smtp, String email) {
    int n = 0;
    for (MimeMessage m : smtp.getReceivedMessages()) {
      try {
        if (m.getAllRecipients() != null
            && m.getAllRecipients()[0].toString().equalsIgnoreCase(email)
            && m.getSubject().startsWith("Demande reçue")) {
          n++;
        }
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return n;
  }

  /** The server that last ran the sending task, from the shared database. */
  private static String lastDispatcher(Connection db) throws SQLException {
    try (PreparedStatement s =
            db.prepareStatement(
                "SELECT position FROM notification_check WHERE name = 'run:dispatch'");
        ResultSet r = s.executeQuery()) {
      assertTrue(r.next(), "the sending task ran");
      return r.getString(1);
    }
  }

  /** Whether every pending e-mail to these addresses was attempted and is still pending. */
  private static boolean allAttempted(Connection db, Iterable<String> emails) {
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT d.attempts, d.status FROM notification_delivery d"
                + " JOIN notification n ON n.id = d.notification_id"
                + " JOIN member m ON n.recipient = 'member:' || m.id"
                + " WHERE m.email = ? AND n.kind = 'REQUEST_RECEIVED'")) {
      for (String email : emails) {
        s.setString(1, email);
        try (ResultSet r = s.executeQuery()) {
          if (!r.next() || r.getInt(1) < 1 || !"PENDING".equals(r.getString(2))) {
            return false;
          }
        }
      }
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Connection connect(Map<String, String> pg) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://"
            + pg.get("clubaide.db.host")
            + ":"
            + pg.get("clubaide.db.port")
            + "/"
            + pg.get("clubaide.db.name"),
        pg.get("clubaide.db.user"),
        pg.get("clubaide.db.password"));
  }

  private static Map<String, String> postgres() {
    Map<String, String> pg = new LinkedHashMap<>();
    pg.put("clubaide.db", "postgresql");
    pg.put("clubaide.db.host", required("CLUBAIDE_TEST_PG_HOST"));
    pg.put("clubaide.db.port", required("CLUBAIDE_TEST_PG_PORT"));
    pg.put("clubaide.db.name", required("CLUBAIDE_TEST_PG_DB"));
    pg.put("clubaide.db.user", required("CLUBAIDE_TEST_PG_USER"));
    pg.put("clubaide.db.password", required("CLUBAIDE_TEST_PG_PASSWORD"));
    return pg;
  }

  private static String required(String variable) {
    return LibertyProcess.env(variable)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "PostgreSQL is not configured: run ./test.sh or scripts/postgres.sh start"));
  }
}
