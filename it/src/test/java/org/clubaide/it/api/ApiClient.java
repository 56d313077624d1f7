package org.clubaide.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * A small HTTP client for the API under test: JSON in, status, headers and JSON out, each call
 * with a login or none.
 */
final class ApiClient {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final String base;

  ApiClient(String base) {
    this.base = base;
  }

  /** The client of the integration-test server (system property {@code clubaide.it.baseUrl}). */
  static ApiClient ofTestServer() {
    return new ApiClient(System.getProperty("clubaide.it.baseUrl"));
  }

  /** A login and its password. */
  record Login(String user, String password) {}

  /** An answer: status, headers, body, and the body as JSON. */
  record Answer(int status, HttpHeaders headers, String body) {
    JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    JsonArray array() {
      return Json.createReader(new StringReader(body)).readArray();
    }

    JsonStructure structure() {
      return Json.createReader(new StringReader(body)).read();
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    String contentType() {
      return headers.firstValue("Content-Type").orElse("");
    }

    /** The identifiers of the items of a page. */
    List<String> itemIds() {
      return json().getJsonArray("items").stream()
          .map(v -> v.asJsonObject().getString("id"))
          .toList();
    }
  }

  /** A GET of {@code path}, under {@code /api/v1} unless it is the OpenAPI document. */
  Answer get(String path, Login login) {
    return send(HttpRequest.newBuilder(uri(path)).GET(), login);
  }

  Answer post(String path, String json, Login login) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
        login);
  }

  /** A POST with no body at all, as for verbs that take none. */
  Answer post(String path, Login login) {
    return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()), login);
  }

  Answer put(String path, String json, Login login) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
        login);
  }

  private URI uri(String path) {
    return URI.create(base + (path.startsWith("/openapi") ? "" : "/api/v1") + path);
  }

  private static Answer send(HttpRequest.Builder builder, Login login) {
    builder.timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
    if (login != null) {
      builder.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(
                      (login.user() + ":" + login.password()).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<String> response =
          HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Whether a field is absent or null: the API leaves out fields that have no value. */
  static boolean absent(JsonObject object, String field) {
    return !object.containsKey(field) || object.isNull(field);
  }

  /** Checks that the answer has the status, and is JSON when it has a body. */
  static Answer ok(Answer answer, int status) {
    assertEquals(status, answer.status(), answer.body());
    return answer;
  }

  /**
   * Checks that the answer is an RFC 9457 problem with the status (and the rule, when given), and
   * shows no stack trace.
   */
  static JsonObject problem(Answer answer, int status, String rule) {
    assertEquals(status, answer.status(), answer.body());
    assertTrue(
        answer.contentType().startsWith("application/problem+json"), answer.contentType());
    JsonObject problem = answer.json();
    assertEquals(status, problem.getInt("status"));
    assertNotNull(problem.getString("title"));
    assertTrue(problem.getString("type").startsWith("urn:clubaide:problem:"), answer.body());
    assertFalse(answer.body().contains("Exception"), answer.body());
    assertFalse(answer.body().contains("\tat "), answer.body());
    if (rule != null) {
      assertEquals(rule, problem.getString("rule", null), answer.body());
    }
    return problem;
  }
}
