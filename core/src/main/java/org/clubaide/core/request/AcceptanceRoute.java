package org.clubaide.core.request;

/** Who will work on an accepted request (R-REQ-4). */
public enum AcceptanceRoute {
  /** The central Service itself. */
  INTERNAL,
  /** The network of members and partners (R-NET-1). */
  NETWORK
}
