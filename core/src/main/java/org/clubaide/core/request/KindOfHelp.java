package org.clubaide.core.request;

/** The kinds of help a member can ask for (R-REQ-1). */
public enum KindOfHelp {
  /** Someone to listen ("une écoute"). */
  LISTENING,
  /** A piece of information ("un renseignement, une information"). */
  INFORMATION,
  /** A document. */
  DOCUMENT,
  /** Practical help. */
  HELP,
  /** Follow-up over time ("un suivi"). */
  FOLLOW_UP
}
