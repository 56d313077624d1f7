package org.clubaide.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the API: JSON in, status and JSON out. */
final class Api {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final String base;

  Api(String base) {
    this.base = base;
  }

  /** An answer: status, content type, body, and the body as JSON when it is JSON. */
  record Answer(int status, String contentType, String body, String location, String etag) {
    JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    JsonStructure jsonStructure() {
      return Json.createReader(new StringReader(body)).read();
    }
  }

  Answer get(String path, String user, String password) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), user, password);
  }

  Answer post(String path, String json, String user, String password) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
        user,
        password);
  }

  Answer put(String path, String json, String user, String password) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
        user,
        password);
  }

  Answer postIfMatch(String path, String json, String etag, String user, String password) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .header("If-Match", etag)
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
        user,
        password);
  }

  Answer postAs(String path, String body, String contentType, String user, String password) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)),
        user,
        password);
  }

  private static Answer send(HttpRequest.Builder builder, String user, String password) {
    builder.timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
    if (user != null) {
      builder.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<String> response =
          HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response.headers().firstValue("Location").orElse(null),
          response.headers().firstValue("ETag").orElse(null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
