package org.clubaide.persistence.member;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import org.clubaide.core.member.SkillKey;
import org.clubaide.core.shared.RuleViolationException;

/** One row of {@code member_profile_entry}: a skill, a hobby or a particularity. */
@Embeddable
public class ProfileEntryEmbeddable {

  /** The value of {@link #kind} for a skill. */
  static final String SKILL = "SKILL";

  /** The value of {@link #kind} for a hobby. */
  static final String HOBBY = "HOBBY";

  /** The value of {@link #kind} for a particularity. */
  static final String PARTICULARITY = "PARTICULARITY";

  @Column(name = "kind", length = 20, nullable = false)
  String kind;

  @Column(name = "entry_text", length = 80, nullable = false)
  String text;

  /** The text folded for the search by skill ({@link SkillKey}); written, never read back. */
  @Column(name = "entry_key", length = SkillKey.MAX_LENGTH, nullable = false)
  String key;

  /** For JPA. */
  protected ProfileEntryEmbeddable() {}

  ProfileEntryEmbeddable(String kind, String text) {
    this.kind = kind;
    this.text = text;
    this.key = keyOf(text);
  }

  /**
   * The search key of an entry. An entry made only of marks that fold away (a lone accent) has no
   * key: it keeps its lower-case text, which no search key equals.
   */
  static String keyOf(String text) {
    try {
      return SkillKey.of(text).value();
    } catch (RuleViolationException e) {
      return text.toLowerCase(Locale.ROOT);
    }
  }
}
