package org.clubaide.core.network;

import java.util.Optional;

/**
 * Port: the members and partners the network can call on, as the matching needs them (R-MEM-3,
 * R-NET-1). The member aggregate holds no skills yet, so the directory is the one place that says
 * who offered what; adapters build each {@link Candidate} once (normalising its skills) and keep
 * the list between queries.
 */
public interface NetworkDirectory extends ContactBook {

  /**
   * Every member and partner, whether or not they may be called on; the matching applies the
   * eligibility rule. Iterated once per query, so an adapter may hand out a cached list.
   */
  Iterable<Candidate> candidates();

  /** The candidate for one member or partner, if known. */
  Optional<Candidate> find(Participant participant);

  /**
   * The partner a login belongs to, for a partner's login; empty for any other login. Actors carry
   * a member identifier but no partner identifier, so the directory resolves partners.
   */
  Optional<PartnerId> partnerFor(String login);
}
