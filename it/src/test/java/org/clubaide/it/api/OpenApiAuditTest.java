package org.clubaide.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The audit behind {@link OpenApiCompletenessIT} finds each kind of shortfall, so that the
 * integration test cannot pass on a document that lacks something.
 */
class OpenApiAuditTest {

  private static final String PROBLEM =
      "{\"content\":{\"application/problem+json\":{\"schema\":{\"$ref\":"
          + "\"#/components/schemas/Problem\"},\"example\":{\"status\":404}}}}";

  /** A complete document with one secured and one public operation, edited by each test. */
  private static String complete() {
    return "{\"openapi\":\"3.1.0\",\"paths\":{"
        + "\"/things/{id}\":{\"post\":{\"summary\":\"Change a thing\","
        + "\"requestBody\":{\"content\":{\"application/json\":{\"schema\":{\"$ref\":"
        + "\"#/components/schemas/Change\"}}}},"
        + "\"responses\":{\"200\":{\"content\":{\"application/json\":{\"schema\":{\"type\":"
        + "\"array\",\"items\":{\"$ref\":\"#/components/schemas/Thing\"}}}}},"
        + "\"404\":{\"$ref\":\"#/components/responses/NotFound\"}},"
        + "\"security\":[{\"basic\":[]}]}},"
        + "\"/public\":{\"get\":{\"summary\":\"Public\",\"responses\":{\"200\":{\"content\":"
        + "{\"application/json\":{\"schema\":{\"type\":\"string\"},\"example\":\"x\"}}},"
        + "\"400\":"
        + PROBLEM
        + "},\"security\":[]}}},"
        + "\"components\":{\"schemas\":{"
        + "\"Change\":{\"type\":\"object\",\"examples\":[{\"a\":1}]},"
        + "\"Thing\":{\"type\":\"object\",\"example\":{\"id\":\"1\"}},"
        + "\"Problem\":{\"type\":\"object\"}},"
        + "\"responses\":{\"NotFound\":"
        + PROBLEM
        + "},"
        + "\"securitySchemes\":{\"basic\":{\"type\":\"http\",\"scheme\":\"basic\"}}}}";
  }

  private static OpenApiAudit audit(String json) {
    JsonObject document = Json.createReader(new StringReader(json)).readObject();
    return new OpenApiAudit(document, Set.of("GET /public"), Map.of());
  }

  @Test
  @DisplayName("a complete document has no shortfall, examples found through references")
  void completeDocument() {
    OpenApiAudit audit = audit(complete());
    assertEquals(2, audit.operations().size());
    assertEquals(List.of(), audit.shortfalls());
  }

  @Test
  @DisplayName("an operation without a summary is named")
  void missingSummary() {
    assertEquals(
        List.of("POST /things/{id} (summary)"),
        audit(complete().replace("\"summary\":\"Change a thing\",", "")).shortfalls());
  }

  @Test
  @DisplayName("a request body without a schema, or without an example, is named")
  void requestBody() {
    assertEquals(
        List.of("POST /things/{id} (request schema)"),
        audit(
                complete()
                    .replace(
                        "{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/Change\"}}}",
                        "{\"application/json\":{}}"))
            .shortfalls());
    assertEquals(
        List.of("POST /things/{id} (request example)"),
        audit(complete().replace(",\"examples\":[{\"a\":1}]", "")).shortfalls());
  }

  @Test
  @DisplayName("an operation without a successful answer, schema or example is named")
  void success() {
    assertEquals(
        List.of("POST /things/{id} (answer example)"),
        audit(complete().replace(",\"example\":{\"id\":\"1\"}", "")).shortfalls());
    assertEquals(
        List.of("GET /public (answer schema)"),
        audit(complete().replace("\"schema\":{\"type\":\"string\"},", "")).shortfalls());
    assertEquals(
        List.of("GET /public (no 2xx answer)"),
        audit(complete().replace("\"200\":{\"content\":{\"application/json\":{\"schema\":{\"type\":\"string\"},\"example\":\"x\"}}},", ""))
            .shortfalls());
  }

  @Test
  @DisplayName("a 204 answer needs no schema nor example, and is named if it declares content")
  void noContent() {
    String noContent =
        complete()
            .replace(
                "\"200\":{\"content\":{\"application/json\":{\"schema\":{\"type\":"
                    + "\"array\",\"items\":{\"$ref\":\"#/components/schemas/Thing\"}}}}}",
                "\"204\":{\"description\":\"Done\"}");
    assertEquals(List.of(), audit(noContent).shortfalls());
    assertEquals(
        List.of("POST /things/{id} (204 with content)"),
        audit(
                noContent.replace(
                    "\"204\":{\"description\":\"Done\"}",
                    "\"204\":{\"content\":{\"application/json\":{\"schema\":{\"type\":"
                        + "\"string\"}}}}"))
            .shortfalls());
  }

  @Test
  @DisplayName("an operation naming no 4xx answer, or an error answer that is no problem, is named")
  void errors() {
    assertEquals(
        List.of("POST /things/{id} (no 4xx answer)"),
        audit(complete().replace(",\"404\":{\"$ref\":\"#/components/responses/NotFound\"}", ""))
            .shortfalls());
    assertEquals(
        List.of("POST /things/{id} 404 (not a problem document)"),
        audit(complete().replace("#/components/responses/NotFound", "#/components/responses/Gone"))
            .shortfalls());
    assertEquals(
        List.of("POST /things/{id} 404 (error example)", "GET /public 400 (error example)"),
        audit(complete().replace(",\"example\":{\"status\":404}", "")).shortfalls());
  }

  @Test
  @DisplayName("an operation without security, with an unknown scheme or wrongly public is named")
  void security() {
    assertEquals(
        List.of("POST /things/{id} (no security requirement)"),
        audit(complete().replace(",\"security\":[{\"basic\":[]}]", "")).shortfalls());
    assertEquals(
        List.of("POST /things/{id} (unknown security scheme bearer)"),
        audit(complete().replace("[{\"basic\":[]}]", "[{\"bearer\":[]}]")).shortfalls());
    assertEquals(
        List.of(
            "POST /things/{id} (declared public)",
            "GET /public (no security requirement)",
            "GET /public (public, but not declared with an empty requirement)"),
        audit(
                complete()
                    .replace(",\"security\":[{\"basic\":[]}]", ",\"security\":[]")
                    .replace("},\"security\":[]}}}", "}}}}"))
            .shortfalls());
  }
}
