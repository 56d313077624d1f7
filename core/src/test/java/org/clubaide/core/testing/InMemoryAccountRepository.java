package org.clubaide.core.testing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.access.Account;
import org.clubaide.core.access.AccountRepository;
import org.clubaide.core.access.Role;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.core.shared.NotFoundException;

/** Accounts kept in memory; a second account with the same login is refused, as by a database. */
public final class InMemoryAccountRepository implements AccountRepository {

  private final Map<String, Account> byLogin = new LinkedHashMap<>();

  @Override
  public void add(Account account) {
    if (byLogin.putIfAbsent(account.login(), account) != null) {
      throw new ConflictException("UNIQUE-LOGIN", "The login " + account.login() + " is taken.");
    }
  }

  @Override
  public Optional<Account> findByLogin(String login) {
    return Optional.ofNullable(byLogin.get(login.strip().toLowerCase(Locale.ROOT)));
  }

  @Override
  public boolean anyWithRole(Role role) {
    return byLogin.values().stream().anyMatch(a -> a.roles().contains(role));
  }

  @Override
  public void changePasswordHash(String login, String passwordHash) {
    Account account =
        findByLogin(login).orElseThrow(() -> new NotFoundException("Account", login));
    byLogin.put(
        account.login(),
        new Account(
            account.login(),
            passwordHash,
            account.roles(),
            account.member(),
            account.createdAt(),
            account.disabledAt()));
  }

  @Override
  public void changeRoles(String login, Set<Role> roles) {
    Account a = findByLogin(login).orElseThrow(() -> new NotFoundException("Account", login));
    byLogin.put(
        a.login(),
        new Account(a.login(), a.passwordHash(), roles, a.member(), a.createdAt(), a.disabledAt()));
  }

  @Override
  public void changeDisabledAt(String login, Optional<Instant> disabledAt) {
    Account a = findByLogin(login).orElseThrow(() -> new NotFoundException("Account", login));
    byLogin.put(
        a.login(),
        new Account(a.login(), a.passwordHash(), a.roles(), a.member(), a.createdAt(), disabledAt));
  }

  @Override
  public long countEnabledAdministrators() {
    return byLogin.values().stream().filter(Account::enabledAdministrator).count();
  }

  /** Removes the member's logins, as the privacy port {@code AccountClosure} asks. */
  public void closeAccountsOf(MemberId member) {
    byLogin.values().removeIf(a -> a.member().filter(member::equals).isPresent());
  }

  /** Every account, in the order they were added. */
  public List<Account> all() {
    return List.copyOf(byLogin.values());
  }
}
