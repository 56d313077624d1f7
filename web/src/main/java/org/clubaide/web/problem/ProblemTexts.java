package org.clubaide.web.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Problem details in the client's language. The language is French (the default) or English, the
 * first of the two that {@code Accept-Language} accepts; the texts come from the bundle {@code
 * org/clubaide/web/i18n/problems*.properties}:
 *
 * <ul>
 *   <li>{@code <kind>.title}: the title of each kind of problem;
 *   <li>{@code <kind>.detail}: the detail of the kinds whose detail says nothing specific (not
 *       found, malformed, unauthenticated…), {@code {0}} standing for the correlation id;
 *   <li>{@code rule.<id>}: the rule of the terms (or technical code) behind a refusal by the
 *       domain, in one sentence.
 * </ul>
 *
 * A refusal by the domain carries the domain's own English sentence in {@code reason}, which names
 * the values at fault: in English it is the detail; in French the detail is the rule's sentence
 * from the bundle (or the kind's detail for a code without one), and field errors that repeat the
 * reason are translated the same way.
 */
public final class ProblemTexts {

  /** The base name of the bundle. */
  public static final String BUNDLE = "org.clubaide.web.i18n.problems";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private ProblemTexts() {}

  /**
   * The language to answer in: French or English, the first of them that the header accepts;
   * French when it accepts neither, accepts any ({@code *}), is missing or cannot be read.
   *
   * @param acceptLanguage the {@code Accept-Language} header, possibly {@code null}
   * @return {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   */
  public static Locale negotiate(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Locale.FRENCH;
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(acceptLanguage);
    } catch (IllegalArgumentException unreadable) {
      return Locale.FRENCH;
    }
    for (Locale.LanguageRange range : ranges) {
      if (range.getWeight() <= 0) {
        continue;
      }
      String tag = range.getRange();
      String language = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
      if (language.equals("en")) {
        return Locale.ENGLISH;
      }
      if (language.equals("fr") || language.equals("*")) {
        return Locale.FRENCH;
      }
    }
    return Locale.FRENCH;
  }

  /**
   * The text of a key in a language, if the bundle has it.
   *
   * @param language French or English
   * @param key the key
   * @return the text
   */
  public static Optional<String> text(Locale language, String key) {
    try {
      return Optional.of(
          ResourceBundle.getBundle(BUNDLE, language, ProblemTexts.class.getClassLoader(), NO_FALLBACK)
              .getString(key));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  /**
   * The problem in a language: its title, detail and field errors translated as the class
   * description says; everything else kept.
   *
   * @param problem the problem with its English defaults
   * @param language French or English
   * @return the translated problem
   */
  public static Problem localise(Problem problem, Locale language) {
    String kind = textKind(problem.kind());
    String title = text(language, kind + ".title").orElse(problem.title());
    String detail;
    if (problem.reason() != null) {
      detail =
          language.getLanguage().equals("en")
              ? problem.reason()
              : Optional.ofNullable(problem.rule())
                  .flatMap(rule -> text(language, "rule." + rule))
                  .or(() -> text(language, kind + ".detail"))
                  .orElse(problem.reason());
    } else {
      detail =
          text(language, kind + ".detail")
              .map(pattern -> format(pattern, problem.correlationId()))
              .orElse(problem.detail());
    }
    List<Problem.FieldError> errors = problem.errors();
    if (errors != null && problem.reason() != null) {
      List<Problem.FieldError> translated = new ArrayList<>(errors.size());
      for (Problem.FieldError error : errors) {
        translated.add(
            problem.reason().equals(error.message())
                ? new Problem.FieldError(error.field(), detail)
                : error);
      }
      errors = List.copyOf(translated);
    }
    return new Problem(
        problem.type(),
        title,
        problem.status(),
        detail,
        problem.instance(),
        problem.rule(),
        problem.reason(),
        errors,
        problem.correlationId());
  }

  /** The kind under which the bundle holds texts: {@code http} for every {@code http-<status>}. */
  private static String textKind(String kind) {
    return kind.startsWith("http-") ? "http" : kind;
  }

  /** Puts the correlation id in place of {@code {0}}; the texts are not MessageFormat patterns. */
  private static String format(String pattern, String correlationId) {
    return pattern.replace("{0}", correlationId == null ? "" : correlationId);
  }
}
