package org.clubaide.core.access;

import java.util.Optional;

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
}
