package org.clubaide.core.network;

import static org.clubaide.core.shared.RuleViolationException.require;

import java.util.Objects;
import org.clubaide.core.shared.Folding;

/**
 * A skill, hobby or particularity offered to the network, or wanted by a request, in normalised
 * form (R-MEM-3): lower case, without accents, ligatures spelt out, white space collapsed to single
 * spaces and trimmed. " Comptabilité Analytique " and "comptabilite analytique" are the same tag.
 * Punctuation is kept: "c++" and "c" are different tags.
 *
 * @param value the normalised text
 */
public record SkillTag(String value) implements Comparable<SkillTag> {

  /** The most characters of a tag once normalised. */
  public static final int MAX_LENGTH = 60;

  /** Checks that the value is already normalised; use {@link #of(String)} for typed text. */
  public SkillTag {
    Objects.requireNonNull(value, "value");
    require(
        !value.isEmpty() && value.equals(normalise(value)),
        "R-MEM-3",
        "skills",
        "\"" + value + "\" is not a normalised skill tag.");
    require(
        value.length() <= MAX_LENGTH,
        "R-MEM-3",
        "skills",
        "A skill is limited to " + MAX_LENGTH + " characters.");
  }

  /** The tag for a skill as someone typed it; blank text is refused (R-MEM-3). */
  public static SkillTag of(String typed) {
    String normalised = typed == null ? "" : normalise(typed);
    require(!normalised.isEmpty(), "R-MEM-3", "skills", "A skill cannot be blank.");
    return new SkillTag(normalised);
  }

  private static String normalise(String text) {
    return Folding.foldCollapsingSpaces(text);
  }

  @Override
  public int compareTo(SkillTag other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
