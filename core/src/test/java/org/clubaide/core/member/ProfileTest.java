package org.clubaide.core.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.clubaide.core.shared.RuleViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Skills, hobbies and particularities, normalised and bounded (R-MEM-3). */
class ProfileTest {

  @Test
  @DisplayName("R-MEM-3 entries are trimmed and their inner white space becomes one space")
  void entriesAreNormalised() {
    Profile profile =
        new Profile(List.of("  cash-flow\t\tplanning \n"), List.of("  sailing"), List.of(), true);

    assertEquals(List.of("cash-flow planning"), profile.skills());
    assertEquals(List.of("sailing"), profile.hobbies());
  }

  @Test
  @DisplayName("R-MEM-3 a repeated entry is dropped, ignoring case, keeping the first spelling")
  void duplicatesAreDropped() {
    Profile profile =
        new Profile(List.of("Accounting", "accounting ", "ACCOUNTING", "Law"), null, null, false);

    assertEquals(List.of("Accounting", "Law"), profile.skills());
    assertEquals(List.of(), profile.hobbies());
    assertEquals(List.of(), profile.particularities());
  }

  @Test
  @DisplayName("R-MEM-3 blank and missing entries are dropped")
  void blankEntriesAreDropped() {
    Profile profile =
        new Profile(Arrays.asList(" ", null, "\t\0", "Tax"), List.of(), List.of(), false);

    assertEquals(List.of("Tax"), profile.skills());
  }

  @Test
  @DisplayName("R-MEM-3 an entry longer than 80 characters is refused, naming the list")
  void longEntryIsRefused() {
    List<String> hobbies = List.of("h".repeat(Profile.ENTRY_MAX + 1));

    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class, () -> new Profile(List.of(), hobbies, List.of(), false));

    assertEquals("hobbies", refused.field());
    assertEquals("R-MEM-3", refused.rule());
    assertEquals("A hobby is limited to 80 characters (81 given).", refused.getMessage());
  }

  @Test
  @DisplayName("R-MEM-3 more than 20 distinct entries in a list are refused")
  void tooManyEntriesAreRefused() {
    List<String> many = new ArrayList<>();
    IntStream.rangeClosed(1, Profile.ENTRIES_MAX + 1).forEach(i -> many.add("skill " + i));

    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class, () -> new Profile(List.of(), List.of(), many, false));

    assertEquals("particularities", refused.field());
    assertEquals("At most 20 particularities (21 given).", refused.getMessage());
  }

  @Test
  @DisplayName("R-MEM-3 twenty distinct entries plus repeats are accepted")
  void repeatsDoNotCountAgainstTheLimit() {
    List<String> many = new ArrayList<>();
    IntStream.rangeClosed(1, Profile.ENTRIES_MAX).forEach(i -> many.add("skill " + i));
    many.add("SKILL 1");

    assertEquals(Profile.ENTRIES_MAX, new Profile(many, null, null, true).skills().size());
  }

  @Test
  @DisplayName("R-MEM-3 the network reads every entry of the three lists, skills first")
  void entriesConcatenateTheLists() {
    Profile profile = new Profile(List.of("Tax"), List.of("Chess"), List.of("Speaks Breton"), true);

    assertEquals(List.of("Tax", "Chess", "Speaks Breton"), profile.entries());
    assertFalse(profile.isEmpty());
    assertTrue(Profile.EMPTY.isEmpty());
    assertFalse(Profile.EMPTY.skillsOfferedToNetwork());
  }
}
