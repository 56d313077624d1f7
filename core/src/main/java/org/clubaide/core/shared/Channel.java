package org.clubaide.core.shared;

/**
 * How something reached the Service: a request, an acceptance of the Terms, a consent. Kept with
 * what was said so that the member can see it (R-MEM-2, R-REQ-1, R-NET-3).
 */
public enum Channel {
  /** Through the web site or the API, by the person concerned. */
  WEB,
  /** By e-mail, recorded by an agent. */
  EMAIL,
  /** By telephone, recorded by an agent. */
  PHONE
}
