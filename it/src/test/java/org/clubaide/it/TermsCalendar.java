package org.clubaide.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * The days of terms publication on the shared integration-test server. A new version comes into
 * force today or later, after every published version (R-MEM-2); since more than one test class
 * publishes one, a test asks for {@link #nextPublicationDay()} and, to see its version in force,
 * moves the server's business clock to that day ({@link #moveServerTo}) and back afterwards ({@link
 * #serverBackToToday}), through the test server's clock control, never by waiting.
 */
public final class TermsCalendar {

  /** The Service's time zone (clubaide.zone of the test server). */
  public static final ZoneId SERVICE_ZONE = ZoneId.of("Europe/Paris");

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private TermsCalendar() {}

  /** Today for the Service. */
  public static LocalDate today() {
    return LocalDate.now(SERVICE_ZONE);
  }

  /** The first day a new version may come into force: today, or the day after the latest one. */
  public static LocalDate nextPublicationDay() {
    JsonArray versions =
        Json.createReader(new StringReader(send(get("/api/v1/terms"), 200))).readArray();
    LocalDate day = today();
    for (JsonObject version : versions.getValuesAs(JsonObject.class)) {
      LocalDate validFrom = LocalDate.parse(version.getString("validFrom"));
      if (!validFrom.isBefore(day)) {
        day = validFrom.plusDays(1);
      }
    }
    return day;
  }

  /** Moves the server's business clock so that its today is {@code day} (today or later). */
  public static void moveServerTo(LocalDate day) {
    long days = ChronoUnit.DAYS.between(today(), day);
    if (days < 0) {
      throw new IllegalArgumentException("The clock only moves forward here: " + day);
    }
    setOffset("P" + days + "D");
  }

  /** Puts the server's business clock back to the real time. */
  public static void serverBackToToday() {
    setOffset("PT0S");
  }

  private static void setOffset(String offset) {
    ServerLog.Credentials admin = ServerLog.firstAdministrator();
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (admin.login() + ":" + admin.password()).getBytes(StandardCharsets.UTF_8));
    send(
        request("/api/v1/test/clock")
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString("{\"offset\":\"" + offset + "\"}")),
        200);
  }

  private static HttpRequest.Builder get(String path) {
    return request(path).GET();
  }

  private static HttpRequest.Builder request(String path) {
    String base = System.getProperty("clubaide.it.baseUrl");
    if (base == null) {
      throw new IllegalStateException("clubaide.it.baseUrl is not set (see it/pom.xml)");
    }
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Accept", "application/json")
        .timeout(Duration.ofSeconds(30));
  }

  private static String send(HttpRequest.Builder request, int expected) {
    try {
      HttpResponse<String> answer =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != expected) {
        throw new IllegalStateException(
            answer.request().method() + " " + answer.request().uri() + " answered "
                + answer.statusCode() + ": " + answer.body());
      }
      return answer.body();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot reach the test server", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }
}
