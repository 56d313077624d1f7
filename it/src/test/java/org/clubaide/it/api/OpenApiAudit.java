package org.clubaide.it.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that an OpenAPI document describes every operation completely: a summary; a schema and
 * an example for its request body, when it takes one, and for each successful answer (none for a
 * 204, which has no content); at least one
 * 4xx answer, and every error answer an RFC 9457 problem document with a schema and an example; an
 * explicit security requirement, empty only for the operations known to be public. Each check
 * returns every shortfall, named {@code "METHOD /path (what)"}, so that a failure lists them all.
 */
final class OpenApiAudit {

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

  private final JsonObject document;
  private final Set<String> publicOperations;
  private final Map<String, String> withoutClientError;

  /**
   * @param document the OpenAPI document
   * @param publicOperations the operations ("METHOD /path") that must declare no security
   * @param withoutClientError operations allowed to name no 4xx answer, with the reason
   */
  OpenApiAudit(
      JsonObject document, Set<String> publicOperations, Map<String, String> withoutClientError) {
    this.document = document;
    this.publicOperations = Set.copyOf(publicOperations);
    this.withoutClientError = Map.copyOf(withoutClientError);
  }

  /** One operation: method and path, and its description. */
  record Op(String method, String path, JsonObject operation) {
    String name() {
      return method.toUpperCase() + " " + path;
    }
  }

  /** Every operation of every path. */
  List<Op> operations() {
    List<Op> all = new ArrayList<>();
    JsonObject paths = document.getJsonObject("paths");
    if (paths == null) {
      return all;
    }
    for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
      for (Map.Entry<String, JsonValue> item : path.getValue().asJsonObject().entrySet()) {
        if (METHODS.contains(item.getKey())) {
          all.add(new Op(item.getKey(), path.getKey(), item.getValue().asJsonObject()));
        }
      }
    }
    return all;
  }

  /** Operations without a summary. */
  List<String> withoutSummary() {
    List<String> missing = new ArrayList<>();
    for (Op op : operations()) {
      if (op.operation().getString("summary", "").isBlank()) {
        missing.add(op.name() + " (summary)");
      }
    }
    return missing;
  }

  /** Request bodies without a JSON schema or an example. */
  List<String> incompleteRequestBodies() {
    List<String> missing = new ArrayList<>();
    for (Op op : operations()) {
      JsonObject body = op.operation().getJsonObject("requestBody");
      if (body == null) {
        continue;
      }
      JsonObject json = mediaType(resolve(body), "application/json");
      if (json == null || json.getJsonObject("schema") == null) {
        missing.add(op.name() + " (request schema)");
      } else if (!hasExample(json)) {
        missing.add(op.name() + " (request example)");
      }
    }
    return missing;
  }

  /**
   * Operations without a successful answer, or whose successful answers lack schema or example. A
   * 204 (No Content) answer has no content to describe (RFC 9110, 15.3.5): it must declare none.
   */
  List<String> incompleteSuccesses() {
    List<String> missing = new ArrayList<>();
    for (Op op : operations()) {
      List<JsonObject> successes = new ArrayList<>();
      boolean noContent = false;
      for (Map.Entry<String, JsonValue> response : responses(op).entrySet()) {
        if (response.getKey().equals("204")) {
          noContent = true;
          if (present(resolve(response.getValue().asJsonObject()), "content")) {
            missing.add(op.name() + " (204 with content)");
          }
        } else if (response.getKey().startsWith("2")) {
          successes.add(resolve(response.getValue().asJsonObject()));
        }
      }
      if (successes.isEmpty() && !noContent) {
        missing.add(op.name() + " (no 2xx answer)");
      }
      for (JsonObject success : successes) {
        JsonObject json = mediaType(success, "application/json");
        if (json == null || json.getJsonObject("schema") == null) {
          missing.add(op.name() + " (answer schema)");
        } else if (!hasExample(json)) {
          missing.add(op.name() + " (answer example)");
        }
      }
    }
    return missing;
  }

  /**
   * Operations naming no 4xx answer (unless allowed), and error answers that are not problem
   * documents with a schema and an example.
   */
  List<String> incompleteErrors() {
    List<String> missing = new ArrayList<>();
    for (Op op : operations()) {
      boolean clientError = false;
      for (Map.Entry<String, JsonValue> response : responses(op).entrySet()) {
        String code = response.getKey();
        if (!code.startsWith("4") && !code.startsWith("5")) {
          continue;
        }
        clientError |= code.startsWith("4");
        JsonObject problem =
            mediaType(resolve(response.getValue().asJsonObject()), "application/problem+json");
        if (problem == null || problem.getJsonObject("schema") == null) {
          missing.add(op.name() + " " + code + " (not a problem document)");
        } else if (!hasExample(problem)) {
          missing.add(op.name() + " " + code + " (error example)");
        }
      }
      if (!clientError && !withoutClientError.containsKey(op.name())) {
        missing.add(op.name() + " (no 4xx answer)");
      }
    }
    return missing;
  }

  /**
   * Operations with no security requirement, naming an undeclared scheme, declaring none without
   * being public, or public without declaring it.
   */
  List<String> wrongSecurity() {
    JsonObject components = document.getJsonObject("components");
    JsonObject declared = components == null ? null : components.getJsonObject("securitySchemes");
    Set<String> schemes = declared == null ? Set.of() : declared.keySet();
    List<String> wrong = new ArrayList<>();
    Set<String> seenPublic = new TreeSet<>();
    for (Op op : operations()) {
      JsonValue value = op.operation().get("security");
      if (!(value instanceof JsonArray security)) {
        wrong.add(op.name() + " (no security requirement)");
      } else if (security.isEmpty()) {
        seenPublic.add(op.name());
        if (!publicOperations.contains(op.name())) {
          wrong.add(op.name() + " (declared public)");
        }
      } else {
        for (JsonValue requirement : security) {
          for (String scheme : requirement.asJsonObject().keySet()) {
            if (!schemes.contains(scheme)) {
              wrong.add(op.name() + " (unknown security scheme " + scheme + ")");
            }
          }
        }
      }
    }
    for (String expected : publicOperations) {
      if (!seenPublic.contains(expected)) {
        wrong.add(expected + " (public, but not declared with an empty requirement)");
      }
    }
    return wrong;
  }

  /** Every shortfall of every check. */
  List<String> shortfalls() {
    List<String> all = new ArrayList<>();
    all.addAll(withoutSummary());
    all.addAll(incompleteRequestBodies());
    all.addAll(incompleteSuccesses());
    all.addAll(incompleteErrors());
    all.addAll(wrongSecurity());
    return all;
  }

  private static JsonObject responses(Op op) {
    JsonObject responses = op.operation().getJsonObject("responses");
    return responses == null ? JsonValue.EMPTY_JSON_OBJECT : responses;
  }

  private static JsonObject mediaType(JsonObject holder, String type) {
    JsonObject content = holder.getJsonObject("content");
    return content == null ? null : content.getJsonObject(type);
  }

  /** The object a local {@code $ref} names, or the object itself; an unresolved one is empty. */
  private JsonObject resolve(JsonObject object) {
    String ref = object.getString("$ref", null);
    if (ref == null) {
      return object;
    }
    if (!ref.startsWith("#/")) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    JsonObject target = document;
    for (String part : ref.substring(2).split("/")) {
      target = target.getJsonObject(part);
      if (target == null) {
        return JsonValue.EMPTY_JSON_OBJECT;
      }
    }
    return resolve(target);
  }

  /** Whether a media type shows an example, itself or through its schema. */
  private boolean hasExample(JsonObject mediaType) {
    return present(mediaType, "example")
        || present(mediaType, "examples")
        || schemaHasExample(mediaType.getJsonObject("schema"), 0);
  }

  private boolean schemaHasExample(JsonObject schema, int depth) {
    if (schema == null || depth > 5) {
      return false;
    }
    if (present(schema, "example") || present(schema, "examples")) {
      return true;
    }
    if (schema.containsKey("$ref") && schemaHasExample(resolve(schema), depth + 1)) {
      return true;
    }
    if (schema.get("items") instanceof JsonObject items && schemaHasExample(items, depth + 1)) {
      return true;
    }
    for (String combination : List.of("allOf", "anyOf", "oneOf")) {
      if (schema.get(combination) instanceof JsonArray parts) {
        for (JsonValue part : parts) {
          if (part instanceof JsonObject o && schemaHasExample(o, depth + 1)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean present(JsonObject object, String key) {
    JsonValue value = object.get(key);
    if (value == null || value == JsonValue.NULL) {
      return false;
    }
    if (value instanceof JsonArray array) {
      return !array.isEmpty();
    }
    if (value instanceof JsonObject o) {
      return !o.isEmpty();
    }
    return true;
  }
}
