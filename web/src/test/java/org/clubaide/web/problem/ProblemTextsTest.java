package org.clubaide.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemTextsTest {

  private static final String REASON =
      "The date by which help is needed (2020-01-01) is in the past; choose today or a later day.";

  @ParameterizedTest(name = "Accept-Language \"{0}\" is answered in {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "NULL|fr",
        "''|fr",
        "en|en",
        "en-GB,en;q=0.9|en",
        "fr-CA|fr",
        "de, en;q=0.5, fr;q=0.4|en",
        "de, fr;q=0.5, en;q=0.4|fr",
        "de|fr",
        "*|fr",
        "en;q=0, fr;q=0.1|fr",
        "en;q=0|fr",
        "not a header ;;;|fr"
      })
  @DisplayName("the language is French or English, the first the client accepts; French otherwise")
  void negotiation(String header, String expected) {
    assertEquals(expected, ProblemTexts.negotiate(header).getLanguage());
  }

  private static Problem refusal() {
    return new Problem(
        Problem.TYPE_PREFIX + "rule-violation",
        "A rule of the service was not met",
        422,
        REASON,
        "/api/v1/requests",
        "R-REQ-2",
        REASON,
        List.of(new Problem.FieldError("neededBy", REASON), new Problem.FieldError("x", "other")),
        null);
  }

  @Test
  @DisplayName("R-REQ-2 in French a refusal states the rule in French and keeps the domain's reason")
  void refusalInFrench() {
    Problem french = ProblemTexts.localise(refusal(), Locale.FRENCH);

    assertEquals("Une règle du service n'est pas respectée", french.title());
    assertTrue(french.detail().startsWith("Une demande est concise"), french.detail());
    assertEquals(REASON, french.reason());
    assertEquals("R-REQ-2", french.rule());
    assertEquals(french.detail(), french.errors().get(0).message());
    assertEquals("other", french.errors().get(1).message());
  }

  @Test
  @DisplayName("R-REQ-2 in English a refusal's detail is the domain's own sentence")
  void refusalInEnglish() {
    Problem english = ProblemTexts.localise(refusal(), Locale.ENGLISH);

    assertEquals("A rule of the service was not met", english.title());
    assertEquals(REASON, english.detail());
    assertEquals(REASON, english.errors().get(0).message());
  }

  @Test
  @DisplayName("a refusal under a code without a sentence gets the kind's detail in French")
  void unknownRule() {
    Problem problem =
        new Problem(
            Problem.TYPE_PREFIX + "conflict", "Conflict", 409, "Taken.", "/x", "SOMETHING-NEW",
            "Taken.", null, null);

    assertEquals(
        "La demande entre en conflit avec des données déjà enregistrées.",
        ProblemTexts.localise(problem, Locale.FRENCH).detail());
  }

  @Test
  @DisplayName("an unexpected error names its correlation id in either language")
  void internal() {
    Problem problem =
        new Problem(
            Problem.TYPE_PREFIX + "internal", "Unexpected error", 500, "x", "/x", null, null,
            "0d9c");

    assertTrue(ProblemTexts.localise(problem, Locale.FRENCH).detail().endsWith(" : 0d9c"));
    assertTrue(ProblemTexts.localise(problem, Locale.ENGLISH).detail().endsWith(": 0d9c"));
    assertEquals("Erreur inattendue", ProblemTexts.localise(problem, Locale.FRENCH).title());
  }

  @Test
  @DisplayName("a generic status gets the generic texts; an unknown kind keeps its own")
  void genericAndUnknown() {
    Problem teapot =
        new Problem(Problem.TYPE_PREFIX + "http-418", "I'm a teapot", 418, "x", "/x", null, null,
            null);
    assertEquals("Demande non servie", ProblemTexts.localise(teapot, Locale.FRENCH).title());

    Problem other = new Problem("urn:other", "Own title", 400, "Own detail", "/x", null, null, null);
    Problem kept = ProblemTexts.localise(other, Locale.FRENCH);
    assertEquals("Own title", kept.title());
    assertEquals("Own detail", kept.detail());
    assertNull(kept.reason());
  }
}
