package org.clubaide.core.access;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.shared.AccessDeniedException;

/**
 * The authenticated person on whose behalf a use case runs.
 *
 * @param login the login name (an e-mail address for members)
 * @param member the member this login belongs to, if it is a member's login
 * @param roles the roles granted to the login, never empty
 */
public record Actor(String login, Optional<MemberId> member, Set<Role> roles) {

  /** Checks and copies the arguments. */
  public Actor {
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(roles, "roles");
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("An actor has at least one role");
    }
    roles = Set.copyOf(EnumSet.copyOf(roles));
  }

  /** A member acting for themselves. */
  public static Actor member(String login, MemberId member) {
    return new Actor(login, Optional.of(member), Set.of(Role.MEMBER));
  }

  /** An agent of the central Service. */
  public static Actor agent(String login) {
    return new Actor(login, Optional.empty(), Set.of(Role.AGENT));
  }

  /** Whether the actor has the role. */
  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Whether the actor speaks for the central Service (an agent or an administrator). */
  public boolean isService() {
    return has(Role.AGENT) || has(Role.ADMIN);
  }

  /** Whether the actor is the given member. */
  public boolean is(MemberId memberId) {
    return member.filter(memberId::equals).isPresent();
  }

  /** The member the actor is, or an {@link AccessDeniedException} when the actor is no member. */
  public MemberId requireMember() {
    return member.orElseThrow(
        () -> new AccessDeniedException("Only a member can do this; " + login + " is not one."));
  }

  /** Fails unless the actor speaks for the central Service. */
  public void requireService(String action) {
    if (!isService()) {
      throw new AccessDeniedException("Only the central Service can " + action + ".");
    }
  }
}
