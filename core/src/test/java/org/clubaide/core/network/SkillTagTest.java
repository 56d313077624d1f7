package org.clubaide.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.clubaide.core.shared.RuleViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SkillTagTest {

  @Test
  @DisplayName("R-MEM-3 a skill tag ignores case, accents, ligatures and extra white space")
  void normalisesCaseAccentsAndWhiteSpace() {
    assertEquals(
        SkillTag.of("comptabilite analytique"), SkillTag.of("  Comptabilité \t  ANALYTIQUE "));
    assertEquals("main d'oeuvre", SkillTag.of("Main d'Œuvre").value());
  }

  @Test
  @DisplayName("R-MEM-3 a skill tag keeps punctuation, so different skills stay different")
  void keepsPunctuation() {
    assertNotEquals(SkillTag.of("C++"), SkillTag.of("C"));
  }

  @Test
  @DisplayName("R-MEM-3 a blank skill is refused")
  void refusesBlank() {
    RuleViolationException e = assertThrows(RuleViolationException.class, () -> SkillTag.of(" "));
    assertEquals("R-MEM-3", e.rule());
  }

  @Test
  @DisplayName("R-MEM-3 a skill tag built from text that is not normalised is refused")
  void refusesUnnormalisedValue() {
    assertThrows(RuleViolationException.class, () -> new SkillTag("Droit"));
  }
}
