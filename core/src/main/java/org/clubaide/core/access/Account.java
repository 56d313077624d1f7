package org.clubaide.core.access;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.member.MemberId;

/**
 * A login to the platform ("accès codé", R-PRV-1): the login name, the password hash, the roles and,
 * for a member, which member it is. The password itself is never kept.
 *
 * @param login the login name, in lower case
 * @param passwordHash the hash produced by a {@link PasswordHasher}
 * @param roles the roles granted, never empty
 * @param member the member this login belongs to, if any
 * @param createdAt when the account was created
 */
public record Account(
    String login, String passwordHash, Set<Role> roles, Optional<MemberId> member, Instant createdAt) {

  /** Checks and normalises the arguments. */
  public Account {
    login = Objects.requireNonNull(login, "login").strip().toLowerCase(Locale.ROOT);
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(roles, "roles");
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("An account has at least one role");
    }
    roles = Set.copyOf(EnumSet.copyOf(roles));
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** The actor this account acts as once authenticated. */
  public Actor toActor() {
    return new Actor(login, member, roles);
  }
}
