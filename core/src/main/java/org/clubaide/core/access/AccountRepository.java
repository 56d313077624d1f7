package org.clubaide.core.access;

import java.util.Optional;

/** Port: where logins are kept. */
public interface AccountRepository {

  /** Saves a new account. */
  void add(Account account);

  /** The account with this login name (compared in lower case). */
  Optional<Account> findByLogin(String login);

  /** Whether at least one account has the role. */
  boolean anyWithRole(Role role);
}
