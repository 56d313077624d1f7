package org.clubaide.core.privacy;

import java.util.Objects;
import java.util.Optional;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.MemberRepository;

/**
 * The central Service finds a member by e-mail address, for example to record a request received
 * by phone on their behalf (R-REQ-1). Nobody else looks members up.
 */
public final class MemberLookup {

  private final MemberRepository members;

  /** Wires the query to the members. */
  public MemberLookup(MemberRepository members) {
    this.members = Objects.requireNonNull(members, "members");
  }

  /**
   * The member with this e-mail address (case ignored), whose data was not erased.
   *
   * @throws org.clubaide.core.shared.AccessDeniedException unless the actor speaks for the Service
   */
  public Optional<Found> byEmail(Actor actor, String email) {
    actor.requireService("look members up");
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    return members
        .findByEmail(email.strip())
        .filter(m -> !m.isErased())
        .map(m -> new Found(m.id(), m.identity().displayName(), m.hasEnded()));
  }

  /**
   * A member found.
   *
   * @param id the member
   * @param name first and last name
   * @param ended whether their participation ended
   */
  public record Found(MemberId id, String name, boolean ended) {

    /** Checks the arguments. */
    public Found {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
    }
  }
}
