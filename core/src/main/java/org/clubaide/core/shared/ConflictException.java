package org.clubaide.core.shared;

/**
 * The action clashes with what is already saved: a duplicate (an e-mail already registered) or a
 * concurrent change made by someone else since the data was read. Nothing was changed.
 */
public class ConflictException extends DomainException {
  private static final long serialVersionUID = 1L;

  /**
   * @param rule the rule identifier or technical code
   * @param message a sentence a user can read
   */
  public ConflictException(String rule, String message) {
    super(rule, message);
  }

  /** The data changed since the caller read it (optimistic locking). */
  public static ConflictException concurrentUpdate(String what) {
    return new ConflictException(
        "CONCURRENT-UPDATE",
        what + " was changed by someone else in the meantime. Reload it and try again.");
  }
}
