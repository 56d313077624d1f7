package org.clubaide.core.shared;

/**
 * Something the caller named does not exist, or the caller may not know that it exists. Access
 * checks throw this rather than {@link AccessDeniedException} where revealing existence would leak.
 */
public class NotFoundException extends DomainException {
  private static final long serialVersionUID = 1L;

  /**
   * @param what what was looked for, for example {@code "Help request"}
   * @param id the identifier given
   */
  public NotFoundException(String what, Object id) {
    super("NOT-FOUND", what + " " + id + " does not exist.");
  }
}
