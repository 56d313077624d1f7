package org.clubaide.it.security;

import static org.clubaide.it.security.Problems.assertProblem;
import static org.clubaide.it.security.Web.basic;
import static org.clubaide.it.security.Web.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Problem details in French or English after Accept-Language, security headers on every kind of
 * response, and the correlation id of an unexpected error.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProblemsIT {

  private static final String[] FRENCH = {"Accept-Language", "fr-FR,fr;q=0.9"};
  private static final String[] ENGLISH = {"Accept-Language", "en-GB,en;q=0.9,fr;q=0.5"};

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("clubaide.it.ear")));
  }

  @Test
  @DisplayName("a 404 is in French by default and with fr, in English with en")
  void notFoundInBothLanguages() {
    String ada = Members.register("Ada");
    String path = "/api/v1/requests/" + UUID.randomUUID();

    Web.Answer byDefault = Web.http().get(path, basic(ada, Members.PASSWORD));
    assertEquals("Introuvable", assertProblem(byDefault, 404, "not-found").getString("title"));
    assertEquals("fr", byDefault.header("Content-Language"));

    Web.Answer french = Web.http().get(path, with(basic(ada, Members.PASSWORD), FRENCH));
    assertEquals("Introuvable", assertProblem(french, 404, "not-found").getString("title"));

    Web.Answer english = Web.http().get(path, with(basic(ada, Members.PASSWORD), ENGLISH));
    JsonObject problem = assertProblem(english, 404, "not-found");
    assertEquals("Not found", problem.getString("title"));
    assertEquals("en", english.header("Content-Language"));
    assertTrue(english.headers("Vary").stream().anyMatch(v -> v.contains("Accept-Language")));

    Web.Answer unknownAddress = Web.http().get("/api/v2/requests", ENGLISH);
    assertEquals("Not found", assertProblem(unknownAddress, 404, "not-found").getString("title"));
  }

  @Test
  @DisplayName("R-REQ-2 a 422 states the rule in the client's language and keeps the domain's reason")
  void ruleViolationInBothLanguages() {
    String ada = Members.register("Ada");
    String past =
        "{\"title\":\"T\",\"description\":\"D\",\"kinds\":[\"HELP\"],\"neededBy\":\""
            + LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1) + "\"}";

    JsonObject french =
        assertProblem(
            Web.http().postJson("/api/v1/requests", past, with(basic(ada, Members.PASSWORD), FRENCH)),
            422, "rule-violation");
    assertEquals("Une règle du service n'est pas respectée", french.getString("title"));
    assertTrue(french.getString("detail").startsWith("Une demande est concise"), french.toString());
    assertEquals("R-REQ-2", french.getString("rule"));
    assertEquals("neededBy", french.getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(
        french.getString("detail"),
        french.getJsonArray("errors").getJsonObject(0).getString("message"));

    JsonObject english =
        assertProblem(
            Web.http().postJson("/api/v1/requests", past, with(basic(ada, Members.PASSWORD), ENGLISH)),
            422, "rule-violation");
    assertEquals("A rule of the service was not met", english.getString("title"));
    assertEquals(french.getString("reason"), english.getString("detail"));
    assertTrue(english.getString("detail").contains("past"), english.toString());
  }

  @Test
  @DisplayName("field errors of an invalid body are in the client's language too")
  void validationInBothLanguages() {
    String ada = Members.register("Ada");
    JsonObject english =
        assertProblem(
            Web.http()
                .postJson("/api/v1/members/me/tokens", "{}", with(basic(ada, Members.PASSWORD), ENGLISH)),
            400, "validation");
    assertEquals("The request has invalid fields", english.getString("title"));
    assertEquals("name", english.getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals("must not be null", english.getJsonArray("errors").getJsonObject(0).getString("message"));

    JsonObject french =
        assertProblem(
            Web.http()
                .postJson("/api/v1/members/me/tokens", "{}", with(basic(ada, Members.PASSWORD), FRENCH)),
            400, "validation");
    assertEquals("Des champs de la demande sont invalides", french.getString("title"));
    assertFalse(
        french.getJsonArray("errors").getJsonObject(0).getString("message").contains("must"),
        french.toString());
  }

  @Test
  @DisplayName("ASVS V14.4 every kind of response carries nosniff and the security headers")
  void securityHeadersEverywhere() {
    String ada = Members.register("Ada");
    Map<String, Web.Answer> answers = new LinkedHashMap<>();
    answers.put("API 200", Web.http().get("/api/v1/terms/current"));
    answers.put("API 404", Web.http().get("/api/v1/requests/nope", basic(ada, Members.PASSWORD)));
    answers.put("API 401", Web.http().get("/api/v1/requests"));
    answers.put("API 401 wrong password", Web.http().get("/api/v1/requests", basic(ada, "wrong!")));
    answers.put("API 405", Web.http().delete("/api/v1/terms/current"));
    answers.put("API 415", Web.http().send("POST", "/api/v1/requests", "text/plain", "x",
        basic(ada, Members.PASSWORD)));
    answers.put("unknown API version", Web.http().get("/api/v2/requests"));
    answers.put("API 500", Web.http().get("/api/v1/drill/unexpected-error"));
    answers.put("page 200", Web.http().get("/"));
    answers.put("page 302", Web.http().get("/member/requests.xhtml"));
    answers.put("page 404", Web.http().get("/no-such-page.xhtml"));
    answers.put("static file", Web.http().get("/resources/css/clubaide.css"));
    for (Map.Entry<String, Web.Answer> e : answers.entrySet()) {
      Web.Answer a = e.getValue();
      assertEquals("nosniff", a.header("X-Content-Type-Options"), e.getKey() + " " + a.headers());
      assertEquals("DENY", a.header("X-Frame-Options"), e.getKey());
      assertEquals("same-origin", a.header("Referrer-Policy"), e.getKey());
      assertNotNull(a.header("Content-Security-Policy"), e.getKey() + " " + a.headers());
      assertTrue(a.header("Content-Security-Policy").contains("frame-ancestors 'none'"), e.getKey());
      assertNotNull(a.header("X-Correlation-Id"), e.getKey());
    }
    assertEquals("no-store", answers.get("API 200").header("Cache-Control"));
    for (String liberty : new String[] {"/health/ready", "/openapi", "/no-such-context/x"}) {
      Web.Answer a = Web.http().get(liberty);
      assertEquals("nosniff", a.header("X-Content-Type-Options"), liberty + " " + a.headers());
    }
  }

  @Test
  @DisplayName("ASVS V7.4.1 an unexpected error answers a problem with the correlation id it was logged under")
  void unexpectedErrorCarriesItsCorrelationId() {
    Web.Answer failed = Web.http().get("/api/v1/drill/unexpected-error", ENGLISH);

    JsonObject problem = assertProblem(failed, 500, "internal");
    String id = problem.getString("correlationId");
    assertEquals(failed.header("X-Correlation-Id"), id);
    assertTrue(problem.getString("detail").endsWith(id), problem.toString());
    assertFalse(failed.body().contains("Drill"), "the cause stays in the log: " + failed.body());
    assertFalse(Logs.linesWith("Unexpected error " + id).isEmpty());
  }
}
