package org.clubaide.core.access;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Port: where logins are kept. */
public interface AccountRepository {

  /**
   * Saves a new account.
   *
   * @param account the account
   */
  void add(Account account);

  /**
   * The account with this login name (compared in lower case).
   *
   * @param login the login name
   * @return the account, if any
   */
  Optional<Account> findByLogin(String login);

  /**
   * Whether at least one account has the role.
   *
   * @param role the role
   * @return {@code true} when one has
   */
  boolean anyWithRole(Role role);

  /**
   * Replaces the password hash of an existing account.
   *
   * @param login the login name
   * @param passwordHash the new hash
   * @throws org.clubaide.core.shared.NotFoundException when no account has this login
   */
  void changePasswordHash(String login, String passwordHash);

  /**
   * Replaces the roles of an existing account.
   *
   * @param login the login name
   * @param roles the new roles, never empty
   * @throws org.clubaide.core.shared.NotFoundException when no account has this login
   * @throws org.clubaide.core.shared.ConflictException when another change of the account was
   *     saved at the same moment
   */
  void changeRoles(String login, Set<Role> roles);

  /**
   * Disables an existing account from the given moment, or enables it again.
   *
   * @param login the login name
   * @param disabledAt when it was disabled; empty to enable it
   * @throws org.clubaide.core.shared.NotFoundException when no account has this login
   * @throws org.clubaide.core.shared.ConflictException when another change of the account was
   *     saved at the same moment
   */
  void changeDisabledAt(String login, Optional<Instant> disabledAt);

  /**
   * How many enabled accounts hold the {@link Role#ADMIN} role. A database adapter keeps those
   * accounts locked until the transaction ends, so that two administrators acting at the same
   * moment cannot together remove the last enabled administrator.
   *
   * @return the number of enabled administrators
   */
  long countEnabledAdministrators();
}
