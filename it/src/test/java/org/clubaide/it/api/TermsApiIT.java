package org.clubaide.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.clubaide.it.CurrentTerms;
import org.clubaide.it.TermsCalendar;
import org.clubaide.it.api.ApiClient.Answer;
import org.clubaide.it.api.ApiClient.Login;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The terms over HTTP (R-MEM-2): every version and its text for anyone; the publication of a new
 * version by an administrator only, with the rules of publication answered as problem details.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TermsApiIT {

  private final ApiClient api = ApiClient.ofTestServer();
  private final Club club = new Club(api);

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Club.ear();
  }

  @Test
  @DisplayName("R-MEM-2 anyone reads every version and the text of each; an unknown label is 404")
  void historyAndTexts() {
    String current = CurrentTerms.label();
    Answer history = api.get("/terms", null);
    assertEquals(200, history.status(), history.body());
    assertTrue(
        history.array().stream().anyMatch(v -> v.asJsonObject().getString("label").equals(current)),
        history.body());

    Answer text = api.get("/terms/text?label=" + encoded(current), null);
    assertEquals(200, text.status(), text.body());
    assertEquals(current, text.json().getString("label"));

    Answer unknown = api.get("/terms/text?label=" + encoded("nope-" + UUID.randomUUID()), null);
    assertEquals(404, unknown.status(), unknown.body());
    assertEquals("application/problem+json", unknown.contentType());
    Answer missing = api.get("/terms/text", null);
    assertEquals(400, missing.status(), missing.body());
  }

  @Test
  @DisplayName(
      "R-MEM-2 R-PRV-3 only an administrator publishes; a day in the past is 422, a used label"
          + " 409; the version published comes into force on its day")
  void publication() {
    Login member = club.member("Terry");
    Login admin = Club.service();
    LocalDate day = TermsCalendar.nextPublicationDay();
    // A space, braces and a slash: a label is text, never a URI template.
    String label = "API {" + UUID.randomUUID().toString().substring(0, 8) + "}/1";
    String body = version(label, day, "Conditions publiées par l'API.");

    assertEquals(401, api.post("/terms", body, null).status());
    Answer refused = api.post("/terms", body, member);
    assertEquals(403, refused.status(), refused.body());
    Answer past = api.post("/terms", version(label, TermsCalendar.today().minusDays(1), "x"), admin);
    assertEquals(422, past.status(), past.body());
    assertEquals("R-MEM-2", past.json().getString("rule"));
    Answer incomplete = api.post("/terms", "{\"label\":\"" + label + "\"}", admin);
    assertEquals(400, incomplete.status(), incomplete.body());
    Answer used = api.post("/terms", version(CurrentTerms.label(), day, "x"), admin);
    assertEquals(409, used.status(), used.body());

    TermsCalendar.moveServerTo(day);
    try {
      Answer published = api.post("/terms", body, admin);
      assertEquals(201, published.status(), published.body());
      String location = published.header("Location");
      assertTrue(location.contains("/api/v1/terms/text?label="), location);
      assertEquals(
          label,
          URLDecoder.decode(location.substring(location.indexOf("label=") + 6), StandardCharsets.UTF_8));
      JsonObject text = api.get("/terms/text?label=" + encoded(label), null).json();
      assertEquals("Conditions publiées par l'API.", text.getString("text"));
      assertEquals(day.toString(), text.getString("validFrom"));
      assertEquals(label, CurrentTerms.label(), "in force on its day");
    } finally {
      TermsCalendar.serverBackToToday();
    }
  }

  private static String version(String label, LocalDate validFrom, String text) {
    return "{\"label\":\"" + label + "\",\"validFrom\":\"" + validFrom + "\",\"text\":\"" + text
        + "\"}";
  }

  private static String encoded(String label) {
    return URLEncoder.encode(label, StandardCharsets.UTF_8);
  }
}
