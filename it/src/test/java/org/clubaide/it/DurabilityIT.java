package org.clubaide.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A server killed abruptly (SIGKILL) during a stream of writes loses no acknowledged help request,
 * and leaves none half-written, on the embedded H2 default and on PostgreSQL.
 */
class DurabilityIT {

  /** Dates are days in the Service\'s time zone (the server\'s clubaide.zone). */
  private static final ZoneId SERVICE_ZONE = ZoneId.of("Europe/Paris");

  private static final String PASSWORD = "correct horse battery staple";
  private static final int WRITERS = 2;
  private static final int ACKNOWLEDGED_BEFORE_KILL = 60;
  private static final int MAX_WRITES_PER_WRITER = 2_000;

  @Test
  @DisplayName("killing the server during writes loses no acknowledged request (embedded H2)")
  void h2() throws Exception {
    survivesKill("clubaide-durable-h2", 9280, Map.of("clubaide.db", "h2"));
  }

  @Test
  @DisplayName("killing the server during writes loses no acknowledged request (PostgreSQL)")
  void postgresql() throws Exception {
    String host = LibertyProcess.env("CLUBAIDE_TEST_PG_HOST").orElseThrow(DurabilityIT::noPostgres);
    survivesKill(
        "clubaide-durable-pg",
        9290,
        Map.of(
            "clubaide.db", "postgresql",
            "clubaide.db.host", host,
            "clubaide.db.port", LibertyProcess.env("CLUBAIDE_TEST_PG_PORT").orElseThrow(DurabilityIT::noPostgres),
            "clubaide.db.name", LibertyProcess.env("CLUBAIDE_TEST_PG_DB").orElseThrow(DurabilityIT::noPostgres),
            "clubaide.db.user", LibertyProcess.env("CLUBAIDE_TEST_PG_USER").orElseThrow(DurabilityIT::noPostgres),
            "clubaide.db.password", LibertyProcess.env("CLUBAIDE_TEST_PG_PASSWORD").orElseThrow(DurabilityIT::noPostgres)));
  }

  private static IllegalStateException noPostgres() {
    return new IllegalStateException(
        "PostgreSQL is not configured: run ./test.sh or scripts/postgres.sh start");
  }

  private void survivesKill(String name, int port, Map<String, String> variables) throws Exception {
    LibertyProcess server =
        new LibertyProcess(Path.of(System.getProperty("clubaide.it.wlp")), name, port);
    server.create(
        Path.of(System.getProperty("clubaide.it.config")),
        Path.of(System.getProperty("clubaide.it.ear")),
        variables);
    server.start();
    try {
      String email = "durable-" + UUID.randomUUID() + "@example.org";
      HttpClient anonymous = HttpClient.newHttpClient();
      HttpResponse<String> terms =
          anonymous.send(
              HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/terms/current")).build(),
              HttpResponse.BodyHandlers.ofString());
      String termsVersion =
          Json.createReader(new StringReader(terms.body())).readObject().getString("label");
      HttpResponse<String> registered =
          anonymous.send(
              json(server.baseUrl() + "/api/v1/members", registration(email, termsVersion)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(201, registered.statusCode(), registered.body());

      List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
      CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
      AtomicBoolean killed = new AtomicBoolean(false);
      List<Thread> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        Thread writer =
            new Thread(() -> write(server.baseUrl(), email, acknowledged, enough, killed), "writer-" + w);
        writer.start();
        writers.add(writer);
      }
      assertTrue(enough.await(3, TimeUnit.MINUTES), "the writers got acknowledgements");
      killed.set(true);
      server.kill();
      for (Thread writer : writers) {
        writer.join(TimeUnit.MINUTES.toMillis(2));
      }
      List<String> ids = List.copyOf(acknowledged);
      assertTrue(ids.size() >= ACKNOWLEDGED_BEFORE_KILL);

      long restart = System.nanoTime();
      server.start();
      System.out.printf(
          "%s: %d requests acknowledged before SIGKILL; ready again after %.1f s%n",
          name, ids.size(), (System.nanoTime() - restart) / 1e9);
      HttpClient reader = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
      for (String id : ids) {
        HttpResponse<String> r =
            reader.send(
                authenticated(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/requests/" + id)), email)
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), "acknowledged request " + id + " survived: " + r.body());
        JsonObject request = Json.createReader(new StringReader(r.body())).readObject();
        assertEquals("SUBMITTED", request.getString("status"));
        assertEquals(1, request.getJsonArray("timeline").size(), "no half-written timeline");
      }
    } finally {
      server.stop();
    }
  }

  /** Raises requests until the server dies; records each one the server acknowledged (201). */
  private static void write(
      String base, String email, List<String> acknowledged, CountDownLatch enough, AtomicBoolean killed) {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    String body =
        "{\"title\":\"Durable\",\"description\":\"Survives a crash.\",\"kinds\":[\"HELP\"],"
            + "\"neededBy\":\"" + LocalDate.now(SERVICE_ZONE).plusDays(7) + "\"}";
    for (int i = 0; i < MAX_WRITES_PER_WRITER && !Thread.currentThread().isInterrupted(); i++) {
      try {
        HttpResponse<String> r =
            client.send(
                authenticated(json(base + "/api/v1/requests", body), email).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 201) {
          acknowledged.add(Json.createReader(new StringReader(r.body())).readObject().getString("id"));
          enough.countDown();
        }
      } catch (IOException e) {
        if (killed.get()) {
          return; // the server is gone: what was not acknowledged may or may not be there
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static HttpRequest.Builder json(String url, String body) {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  private static HttpRequest.Builder authenticated(HttpRequest.Builder builder, String email) {
    return builder.header(
        "Authorization",
        "Basic " + Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
  }

  private static String registration(String email, String termsVersion) {
    return "{\"firstName\":\"Dura\",\"lastName\":\"Ble\",\"email\":\"" + email
        + "\",\"phone\":\"+33 1 23 45 67 89\",\"postalAddress\":\"1 rue Exemple, Lyon\","
        + "\"password\":\"" + PASSWORD + "\",\"termsVersion\":\"" + termsVersion
        + "\",\"termsAccepted\":true}";
  }
}
