package org.clubaide.it.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.clubaide.it.ServerLog;

/** The test server's messages.log, read until what a test waits for is there. */
final class Logs {

  private Logs() {}

  /** The log's lines that contain {@code needle}, once at least one does (20 s at most). */
  static List<String> linesWith(String needle) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (true) {
      List<String> lines = ServerLog.text().lines().filter(l -> l.contains(needle)).toList();
      if (!lines.isEmpty()) {
        return lines;
      }
      assertTrue(Instant.now().isBefore(deadline), "the server log shows " + needle);
      // Poll interval while the server writes its log (the deadline bounds the wait).
      LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
    }
  }

  /** The security event of this type logged under a correlation id (one request may log two). */
  static String securityEvent(String correlationId, String type) {
    List<String> lines = linesWith("correlation=" + correlationId);
    return lines.stream()
        .filter(l -> l.contains("security-event type=" + type + " "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " for " + correlationId + ": " + lines));
  }
}
