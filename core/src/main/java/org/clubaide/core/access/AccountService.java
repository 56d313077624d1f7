package org.clubaide.core.access;

import java.util.Arrays;
import java.util.Objects;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.shared.RuleViolationException;

/** Use cases of a login itself: changing its password (R-PRV-1). */
public final class AccountService {

  private final AccountRepository accounts;
  private final PasswordHasher hasher;
  private final PasswordVerifier verifier;
  private final PasswordPolicy policy;

  /**
   * Wires the use cases to their ports.
   *
   * @param accounts where logins are kept
   * @param hasher hashes new passwords
   * @param verifier checks a password against its hash
   * @param policy what makes a password acceptable
   */
  public AccountService(
      AccountRepository accounts,
      PasswordHasher hasher,
      PasswordVerifier verifier,
      PasswordPolicy policy) {
    this.accounts = Objects.requireNonNull(accounts, "accounts");
    this.hasher = Objects.requireNonNull(hasher, "hasher");
    this.verifier = Objects.requireNonNull(verifier, "verifier");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * Changes the actor's own password: the current one must be given, and the new one must follow
   * the {@link PasswordPolicy} and differ from the current one.
   *
   * @param actor who changes their password
   * @param current the current password
   * @param replacement the new password
   * @throws WrongPasswordException when the current password is not correct
   * @throws RuleViolationException when the new password is not
   *     acceptable
   */
  public void changePassword(Actor actor, char[] current, char[] replacement) {
    Objects.requireNonNull(actor, "actor");
    Account account =
        accounts
            .findByLogin(actor.login())
            .orElseThrow(() -> new NotFoundException("Account", actor.login()));
    if (current == null || !verifier.verify(current, account.passwordHash())) {
      throw new WrongPasswordException("currentPassword");
    }
    policy.check(replacement, "newPassword");
    RuleViolationException.require(
        !Arrays.equals(current, replacement),
        "R-PRV-1",
        "newPassword",
        "The new password must differ from the current one.");
    accounts.changePasswordHash(account.login(), hasher.hash(replacement));
  }
}
