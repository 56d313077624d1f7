package org.clubaide.core.shared;

import java.util.Objects;

/**
 * Base of every exception the domain throws on purpose. The message is meant for a person: it says
 * what was refused and why, and never contains personal data beyond what the caller sent.
 */
public abstract class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String rule;

  /**
   * @param rule the rule identifier from the rule catalogue (for example {@code R-REQ-2}), or a
   *     short technical code when no rule of the terms applies
   * @param message a sentence a user can read
   */
  protected DomainException(String rule, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /** The rule identifier (for example {@code R-SOL-1}) or technical code behind the refusal. */
  public String rule() {
    return rule;
  }
}
