package org.clubaide.persistence.member;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

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

  /** For JPA. */
  protected ProfileEntryEmbeddable() {}

  ProfileEntryEmbeddable(String kind, String text) {
    this.kind = kind;
    this.text = text;
  }
}
