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
 * for a member, which member it is. The password itself is never kept. An administrator may
 * disable a login (offboarding, R-PRV-3): a disabled login can neither log in nor keep acting
 * through a session or token opened before.
 *
 * @param login the login name, in lower case
 * @param passwordHash the hash produced by a {@link PasswordHasher}
 * @param roles the roles granted, never empty
 * @param member the member this login belongs to, if any
 * @param createdAt when the account was created
 * @param disabledAt when an administrator disabled the login; empty while it is enabled
 */
public record Account(
    String login,
    String passwordHash,
    Set<Role> roles,
    Optional<MemberId> member,
    Instant createdAt,
    Optional<Instant> disabledAt) {

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
    Objects.requireNonNull(disabledAt, "disabledAt");
  }

  /**
   * An enabled account.
   *
   * @param login the login name
   * @param passwordHash the hash produced by a {@link PasswordHasher}
   * @param roles the roles granted, never empty
   * @param member the member this login belongs to, if any
   * @param createdAt when the account was created
   */
  public Account(
      String login, String passwordHash, Set<Role> roles, Optional<MemberId> member, Instant createdAt) {
    this(login, passwordHash, roles, member, createdAt, Optional.empty());
  }

  /** Whether the login may log in and act: no administrator disabled it. */
  public boolean enabled() {
    return disabledAt.isEmpty();
  }

  /** Whether the login is enabled and holds the {@link Role#ADMIN} role. */
  public boolean enabledAdministrator() {
    return enabled() && roles.contains(Role.ADMIN);
  }

  /** The actor this account acts as once authenticated. */
  public Actor toActor() {
    return new Actor(login, member, roles);
  }
}
