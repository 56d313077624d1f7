package org.clubaide.core.member;

/**
 * Who may see a group of profile fields besides the member (R-MEM-4). There is deliberately no
 * public value: a profile is never visible outside the club.
 */
public enum Visibility {
  /** Fully confidential to the central Service; the default. */
  SERVICE_ONLY,
  /** Also visible to logged-in members. */
  MEMBERS
}
