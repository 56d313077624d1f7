package org.clubaide.core.quote;

/** Who makes an offer for an accompaniment (R-SOL-2). */
public enum ProviderKind {
  /** The central Service itself, when it has the means. */
  SERVICE,
  /** A member of the club, answering a call for help (R-NET-4). */
  MEMBER,
  /** A partner of the network. */
  PARTNER
}
