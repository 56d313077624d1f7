package org.clubaide.core.member;

import static org.clubaide.core.shared.RuleViolationException.require;

import java.util.Objects;
import org.clubaide.core.shared.Folding;

/**
 * A skill in the form the Service searches profiles by (R-MEM-3): lower case, without accents,
 * ligatures spelt out, white space collapsed to single spaces and trimmed. " Comptabilité " and
 * "comptabilite" give the same key, so an agent finds a member whatever the spelling either of them
 * typed. The folding is the one the network's skill tags use, so that a search finds the members the
 * matching would consider; punctuation is kept ("c++" and "c" differ).
 *
 * <p>Adapters store the key of every profile entry beside its text and compare keys, never texts.
 *
 * @param value the folded text, never blank
 */
public record SkillKey(String value) {

  /**
   * The most characters of a key: a profile entry has at most {@link Profile#ENTRY_MAX} characters,
   * and spelling out a ligature ("œ" is "oe") can lengthen it, never more than twice.
   */
  public static final int MAX_LENGTH = 2 * Profile.ENTRY_MAX;

  /** Checks that the value is already folded; use {@link #of(String)} for typed text. */
  public SkillKey {
    Objects.requireNonNull(value, "value");
    require(
        !value.isEmpty() && value.equals(fold(value)),
        "R-MEM-3",
        "skill",
        "\"" + value + "\" is not a folded skill key.");
    require(
        value.length() <= MAX_LENGTH,
        "R-MEM-3",
        "skill",
        "A skill is limited to " + Profile.ENTRY_MAX + " characters.");
  }

  /** The key of a skill as someone typed it; blank text is refused (R-MEM-3). */
  public static SkillKey of(String typed) {
    String folded = typed == null ? "" : fold(typed);
    require(!folded.isEmpty(), "R-MEM-3", "skill", "Say which skill to search for.");
    return new SkillKey(folded);
  }

  /** Whether a profile entry, as the member typed it, is this skill. */
  public boolean matches(String entry) {
    return entry != null && value.equals(fold(entry));
  }

  private static String fold(String text) {
    return Folding.foldCollapsingSpaces(text);
  }
}
