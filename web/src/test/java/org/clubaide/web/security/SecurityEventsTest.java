package org.clubaide.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.clubaide.web.problem.CorrelationId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SecurityEventsTest {

  private final List<LogRecord> records = new ArrayList<>();
  private final Logger logger = Logger.getLogger(SecurityEvents.LOGGER);
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void capture() {
    logger.addHandler(capture);
  }

  @AfterEach
  void release() {
    logger.removeHandler(capture);
  }

  private static HttpServletRequest request(String uri) {
    return FakeHttp.request("POST", uri, "192.0.2.7", Map.of(), null);
  }

  @Test
  @DisplayName("ASVS V7.1.1 a failed login is logged with an account digest, never the login itself")
  void failedLogin() {
    HttpServletRequest request = request("/api/v1/requests");

    SecurityEvents.log(
        SecurityEvents.Type.LOGIN_FAILED,
        request,
        SecurityEvents.account("Ada.Lovelace@example.org"),
        "via",
        "basic");

    assertEquals(1, records.size());
    LogRecord record = records.get(0);
    assertEquals(Level.INFO, record.getLevel());
    String line = record.getMessage();
    assertTrue(line.startsWith("security-event type=LOGIN_FAILED account=account:"), line);
    assertTrue(line.contains(" via=basic "), line);
    assertTrue(line.contains(" address=192.0.2.7 "), line);
    assertTrue(line.contains(" method=POST path=/api/v1/requests "), line);
    assertTrue(line.endsWith(" correlation=" + CorrelationId.of(request)), line);
    // Whole words only: the random correlation id and the digest are hexadecimal and may hold
    // the letters "ada" (d6adae44-…) without naming anyone.
    assertFalse(Pattern.compile("\\b(ada|lovelace)\\b").matcher(line.toLowerCase()).find(), line);
    assertFalse(line.contains("example.org"), line);
  }

  @Test
  @DisplayName(
      "ASVS V7.1.1 a login named in the path (admin/logins/{login}) is logged as its account"
          + " digest, encoded or not")
  void loginInThePath() {
    SecurityEvents.log(
        SecurityEvents.Type.LOGIN_DISABLED,
        request("/api/v1/admin/logins/jane.doe@example.org/disable"),
        null);
    SecurityEvents.log(
        SecurityEvents.Type.ACCESS_DENIED,
        request("/api/v1/admin/logins/jane.doe%40example.org/roles"),
        null);

    String digest = SecurityEvents.account("jane.doe@example.org");
    assertTrue(
        records.get(0).getMessage().contains(" path=/api/v1/admin/logins/" + digest + "/disable "),
        records.get(0).getMessage());
    assertTrue(
        records.get(1).getMessage().contains(" path=/api/v1/admin/logins/" + digest + "/roles "),
        records.get(1).getMessage());
    records.forEach(r -> assertFalse(r.getMessage().contains("jane"), r.getMessage()));
  }

  @Test
  @DisplayName("ASVS V7.1.1 the account digest is the same for the same login whatever its case")
  void accountDigest() {
    assertEquals(SecurityEvents.account("ada@example.org"), SecurityEvents.account(" ADA@example.org"));
    assertTrue(SecurityEvents.account("ada@example.org").matches("account:[0-9a-f]{12}"));
    assertEquals("-", SecurityEvents.account(null));
    assertEquals("-", SecurityEvents.account(" "));
  }

  @Test
  @DisplayName("ASVS V7.3.1 nothing a client sends can break a log line or forge another")
  void noLogInjection() {
    SecurityEvents.log(
        SecurityEvents.Type.ACCESS_DENIED,
        request("/api/v1/x\r\nsecurity-event type=LOGIN_SUCCEEDED"),
        null,
        "rule",
        "R-PRV-3\nforged");

    String line = records.get(0).getMessage();
    assertFalse(line.contains("\n") || line.contains("\r"), line);
    assertFalse(line.contains("type=LOGIN_SUCCEEDED"), line);
    assertTrue(line.contains(" rule=R-PRV-3_forged "), line);
    assertTrue(line.contains(" account=- "), line);
  }

  @Test
  @DisplayName("a request keeps one correlation id; an unknown address is said so")
  void correlationAndAddress() {
    HttpServletRequest request = FakeHttp.request("GET", "/", null, Map.of(), null);

    assertEquals(CorrelationId.of(request), CorrelationId.of(request));
    assertEquals("unknown", SecurityEvents.clientAddress(request));
  }
}
