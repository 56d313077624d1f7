package org.clubaide.core.notification;

import java.util.Locale;
import java.util.Optional;

/** The languages notifications are written in; French unless the recipient chose English. */
public enum Language {
  /** French, the default. */
  FR,
  /** English. */
  EN;

  /** The language when the recipient chose none. */
  public static final Language DEFAULT = FR;

  /** The language's tag: {@code fr} or {@code en}. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The language of a tag such as {@code en} or {@code EN}; empty when unknown. */
  public static Optional<Language> ofTag(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    for (Language language : values()) {
      if (language.tag().equalsIgnoreCase(tag.strip())) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
