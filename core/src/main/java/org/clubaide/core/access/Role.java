package org.clubaide.core.access;

/** The roles of the platform (R-PRV-3). */
public enum Role {
  /** A registered member of the club. */
  MEMBER,
  /** Staff of the central Service. */
  AGENT,
  /** A partner of the network, called on for solutions and quotes. */
  PARTNER,
  /** Administers terms, users and partners. */
  ADMIN
}
