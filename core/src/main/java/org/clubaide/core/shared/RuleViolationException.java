package org.clubaide.core.shared;

import java.util.Objects;

/**
 * Input that is well-formed but breaks a rule of the terms: a date in the past, a description over
 * the limit, a price on a free solution. The optional field names what to correct.
 */
public class RuleViolationException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * @param rule the rule identifier
   * @param field the input field to correct, or {@code null} when the whole input is at fault
   * @param message a sentence a user can read
   */
  public RuleViolationException(String rule, String field, String message) {
    super(rule, message);
    this.field = field;
  }

  /** The input field to correct, or {@code null}. */
  public String field() {
    return field;
  }

  /** Fails with a {@link RuleViolationException} when {@code condition} is false. */
  public static void require(boolean condition, String rule, String field, String message) {
    if (!condition) {
      throw new RuleViolationException(rule, field, message);
    }
  }

  /**
   * Returns the trimmed text, failing when it is missing, blank or longer than {@code maxLength}.
   */
  public static String requireText(
      String value, int maxLength, String rule, String field, String label) {
    Objects.requireNonNull(label, "label");
    String trimmed = value == null ? "" : value.strip();
    require(!trimmed.isEmpty(), rule, field, label + " is required.");
    require(
        trimmed.length() <= maxLength,
        rule,
        field,
        label + " is limited to " + maxLength + " characters (" + trimmed.length() + " given).");
    return trimmed;
  }
}
