package org.clubaide.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

/** Assertions on problem details. */
final class Problems {

  private Problems() {}

  /** The answer is a problem of this status and kind, without any stack trace. */
  static JsonObject assertProblem(Web.Answer answer, int status, String kind) {
    assertEquals(status, answer.status(), answer.body());
    String type = answer.header("Content-Type");
    assertNotNull(type, "a content type");
    assertTrue(type.startsWith("application/problem+json"), type);
    JsonObject problem = answer.json();
    assertEquals(status, problem.getInt("status"));
    assertEquals("urn:clubaide:problem:" + kind, problem.getString("type"), answer.body());
    assertFalse(problem.getString("title").isBlank());
    assertFalse(answer.body().contains("Exception"), answer.body());
    assertFalse(answer.body().contains("\tat "), answer.body());
    return problem;
  }
}
