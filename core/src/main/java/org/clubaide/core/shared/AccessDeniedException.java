package org.clubaide.core.shared;

/** The actor is known but its role or the data owner's choices do not allow the action (R-PRV-3). */
public class AccessDeniedException extends DomainException {
  private static final long serialVersionUID = 1L;

  /** @param message what was refused, without personal data */
  public AccessDeniedException(String message) {
    super("R-PRV-3", message);
  }
}
