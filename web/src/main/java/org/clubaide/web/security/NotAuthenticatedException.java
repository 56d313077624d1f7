package org.clubaide.web.security;

/** The action needs a logged-in caller and there is none (HTTP 401). */
public class NotAuthenticatedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With the standard message. */
  public NotAuthenticatedException() {
    super("Log in, or send your credentials with the request.");
  }
}
