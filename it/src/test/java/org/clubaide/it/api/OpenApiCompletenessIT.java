package org.clubaide.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document the server serves at {@code /openapi} is OpenAPI 3.1 and complete, as
 * {@link OpenApiAudit} checks it: every operation has a summary, request and answer schemas with
 * examples, its error answers as problem documents, and a security requirement. A failure lists
 * every operation that falls short. The document is also written to {@code target/openapi.json}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiCompletenessIT {

  /**
   * The operations anyone may call without logging in; each must declare an explicit empty
   * security requirement ({@code security: []}), and no other may.
   */
  static final Set<String> PUBLIC =
      Set.of(
          // A visitor registers before having a login (R-MEM-1).
          "POST /api/v1/members",
          // The terms a visitor reads and accepts to register (R-MEM-1, R-MEM-2).
          "GET /api/v1/terms/current",
          // Every published version and its text are public, as the Terms page is (R-MEM-2).
          "GET /api/v1/terms",
          "GET /api/v1/terms/text",
          // Whoever cannot log in asks for a password link and uses it (R-PRV-1).
          "POST /api/v1/password-resets",
          "POST /api/v1/password-resets/completion");

  /** Operations with no 4xx answer to document, and why. */
  static final Map<String, String> NO_CLIENT_ERROR =
      Map.of(
          "GET /api/v1/terms/current",
          "public, takes no parameter, login or body: nothing a client can get wrong",
          "GET /api/v1/terms",
          "public, takes no parameter, login or body: nothing a client can get wrong");

  private static JsonObject document;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Club.ear();
  }

  /** The document, fetched once the application is deployed. */
  private static OpenApiAudit audit() {
    if (document == null) {
      ApiClient.Answer answer = ApiClient.ofTestServer().get("/openapi", null);
      assertEquals(200, answer.status(), answer.body());
      document = answer.json();
      try {
        Files.writeString(Path.of("target", "openapi.json"), answer.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new OpenApiAudit(document, PUBLIC, NO_CLIENT_ERROR);
  }

  @Test
  @DisplayName("the document is OpenAPI 3.1 and describes every resource of the API")
  void isOpenApi31AndCoversTheApi() {
    OpenApiAudit audit = audit();
    String version = document.getString("openapi");
    assertTrue(version.startsWith("3.1"), version);
    List<String> operations = audit.operations().stream().map(OpenApiAudit.Op::name).toList();
    for (String expected :
        List.of(
            "POST /api/v1/members",
            "GET /api/v1/members/{id}",
            "GET /api/v1/members/me",
            "POST /api/v1/members/me/terms-acceptances",
            "PUT /api/v1/members/me/profile",
            "PUT /api/v1/members/me/visibility",
            "GET /api/v1/members/me/consent-history",
            "POST /api/v1/members/me/participation/renewal",
            "POST /api/v1/members/me/participation/ending",
            "GET /api/v1/members/me/data",
            "POST /api/v1/members/me/erasure",
            "POST /api/v1/requests",
            "POST /api/v1/requests/{id}/withdrawal",
            "POST /api/v1/requests/{id}/postponement",
            "POST /api/v1/requests/{id}/resumption",
            "POST /api/v1/requests/{id}/closure",
            "GET /api/v1/requests/{id}/timeline",
            "GET /api/v1/queue",
            "GET /api/v1/requests/{id}/calls/candidates",
            "POST /api/v1/requests/{id}/calls/preview",
            "POST /api/v1/requests/{id}/calls",
            "GET /api/v1/calls",
            "POST /api/v1/calls/{id}/solutions",
            "POST /api/v1/calls/{id}/accompaniments",
            "POST /api/v1/calls/{id}/introductions",
            "GET /api/v1/introductions",
            "POST /api/v1/introductions/{id}/consent",
            "POST /api/v1/requests/{id}/quotes",
            "GET /api/v1/requests/{id}/quotes/comparison",
            "POST /api/v1/quotes/{id}/acceptance",
            "POST /api/v1/quotes/{id}/decline",
            // Administration of logins and partners.
            "GET /api/v1/admin/logins",
            "POST /api/v1/admin/logins",
            "GET /api/v1/admin/logins/{login}",
            "PUT /api/v1/admin/logins/{login}/roles",
            "POST /api/v1/admin/logins/{login}/disable",
            "POST /api/v1/admin/logins/{login}/enable",
            "GET /api/v1/admin/partners",
            "POST /api/v1/admin/partners",
            "GET /api/v1/admin/partners/{id}",
            "PUT /api/v1/admin/partners/{id}/active",
            "POST /api/v1/admin/partners/{id}/login")) {
      assertTrue(operations.contains(expected), expected + " is missing from " + operations);
    }
  }

  @Test
  @DisplayName("every operation has a summary")
  void summaries() {
    List<String> missing = audit().withoutSummary();
    assertTrue(missing.isEmpty(), "operations lacking a summary: " + missing);
  }

  @Test
  @DisplayName("every request body has a JSON schema and an example")
  void requestBodies() {
    List<String> missing = audit().incompleteRequestBodies();
    assertTrue(missing.isEmpty(), "request bodies lacking: " + missing);
  }

  @Test
  @DisplayName("every operation answers success with a schema and an example")
  void successfulAnswers() {
    List<String> missing = audit().incompleteSuccesses();
    assertTrue(missing.isEmpty(), "successful answers lacking: " + missing);
  }

  @Test
  @DisplayName("every operation names its error answers, each an RFC 9457 problem document")
  void errorAnswers() {
    List<String> missing = audit().incompleteErrors();
    assertTrue(missing.isEmpty(), "error answers lacking: " + missing);
  }

  @Test
  @DisplayName(
      "every operation states its security: HTTP Basic, or explicitly none for the public ones")
  void securityRequirements() {
    List<String> wrong = audit().wrongSecurity();
    assertTrue(wrong.isEmpty(), "security requirements wrong: " + wrong);
  }
}
