package org.clubaide.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The label of the terms version in force on the integration-test server, read at each call: a
 * browser journey publishes a new version on the shared server, after which registrations and
 * acceptances must name that one (R-MEM-2), whatever order the test classes run in.
 */
public final class CurrentTerms {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private CurrentTerms() {}

  /** The current version's label, from {@code GET /api/v1/terms/current}. */
  public static String label() {
    String base = System.getProperty("clubaide.it.baseUrl");
    if (base == null) {
      throw new IllegalStateException("clubaide.it.baseUrl is not set (see it/pom.xml)");
    }
    try {
      HttpResponse<String> answer =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/terms/current"))
                  .header("Accept", "application/json")
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(
            "GET /api/v1/terms/current answered " + answer.statusCode() + ": " + answer.body());
      }
      try (var reader = Json.createReader(new StringReader(answer.body()))) {
        JsonObject terms = reader.readObject();
        return terms.getString("label");
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Cannot read the current terms", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while reading the current terms", e);
    }
  }
}
