package org.clubaide.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clubaide.core.member.Profile;
import org.clubaide.core.member.SkillKey;
import org.clubaide.core.shared.RuleViolationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The search key of a skill folds text exactly as the network's skill tags do (R-MEM-3). */
class SkillKeyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Comptabilité analytique",
        "  DROIT   des contrats ",
        "Main d'Œuvre",
        "Ærø straße",
        "Łódź",
        "C++",
        "Traduction anglais\u00a0avancé",
        "ﬁscalité"
      })
  @DisplayName("R-MEM-3 a skill's search key is its network skill tag")
  void foldsLikeSkillTags(String typed) {
    assertEquals(SkillTag.of(typed).value(), SkillKey.of(typed).value());
  }

  @Test
  @DisplayName("R-MEM-3 a key matches an entry whatever its case, accents and spacing")
  void matchesEntries() {
    SkillKey key = SkillKey.of("comptabilite");
    assertTrue(key.matches(" Comptabilité"));
    assertFalse(key.matches("comptabilité analytique"));
    assertFalse(key.matches(null));
  }

  @Test
  @DisplayName("R-MEM-3 a blank skill, or one longer than any profile entry, is refused")
  void refusesBlankAndTooLong() {
    assertEquals(
        "R-MEM-3", assertThrows(RuleViolationException.class, () -> SkillKey.of(" ")).rule());
    assertThrows(RuleViolationException.class, () -> new SkillKey("Droit"));
    assertThrows(
        RuleViolationException.class,
        () -> SkillKey.of("œ".repeat(Profile.ENTRY_MAX + 1)));
  }
}
