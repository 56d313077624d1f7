package org.clubaide.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clubaide.core.access.Account;
import org.clubaide.core.access.AccountRepository;
import org.clubaide.core.access.ApiToken;
import org.clubaide.core.access.ApiTokenService;
import org.clubaide.core.access.LoginThrottle;
import org.clubaide.core.member.MemberId;

/**
 * What the authentication mechanism asks of the core, each in a transaction of its own: a failure
 * is counted even when the work around it is rolled back, and the mechanism runs before any
 * transaction of the request exists.
 */
@ApplicationScoped
public class LoginGuard {

  /**
   * Who a personal access token authenticates.
   *
   * @param login the token's login
   * @param groups the login's roles
   * @param token the token's id, for the log
   */
  public record TokenCaller(String login, Set<String> groups, String token) {}

  @Inject LoginThrottle throttle;
  @Inject ApiTokenService tokens;
  @Inject AccountRepository accounts;

  /** Whether an attempt may go on (see {@link LoginThrottle#check}). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public LoginThrottle.Verdict check(String login, String address) {
    return throttle.check(login, address);
  }

  /** Counts a failed attempt (see {@link LoginThrottle#failed}). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(String login, String address) {
    throttle.failed(login, address);
  }

  /** Forgets a login's failures after it logged in, and says which member it is, if any. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<MemberId> succeeded(String login) {
    throttle.succeeded(login);
    return accounts.findByLogin(login).flatMap(Account::member);
  }

  /**
   * The stamp of a login's current password, which a session keeps from its login on: once the
   * password changes (a reset by e-mailed link, or a change from another session), the login's
   * other sessions stop (OWASP ASVS V3.3.3).
   *
   * @param login the login
   * @return the stamp, or {@code "-"} for a login that does not exist
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public String credentialStamp(String login) {
    return accounts.findByLogin(login).map(a -> stamp(a.passwordHash())).orElse("-");
  }

  /**
   * A short digest of a password hash: enough to notice that it changed, useless to anyone who
   * reads a session (the hash itself never goes into the session).
   *
   * @param passwordHash the stored hash
   * @return 16 hexadecimal digits of its SHA-256
   */
  public static String stamp(String passwordHash) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(passwordHash.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /**
   * The caller a token authenticates, when it is active and its login can still log in: a token of
   * a login an administrator disabled authenticates nobody.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<TokenCaller> authenticate(String secret) {
    Optional<ApiToken> token = tokens.authenticate(secret);
    return token.flatMap(
        t ->
            accounts
                .findByLogin(t.login())
                .filter(Account::enabled)
                .map(
                    account ->
                        new TokenCaller(
                            account.login(),
                            account.roles().stream().map(Enum::name).collect(Collectors.toSet()),
                            t.id().toString())));
  }

  /**
   * The current roles of a session's login, read again on every request: empty when the login no
   * longer exists, an administrator disabled it, or its password changed since the session opened
   * ({@link #credentialStamp}), so that the session stops working at once; and the roles an
   * administrator changed apply from the next request.
   *
   * @param login the session's login
   * @param credentialStamp the stamp of the password the session was opened with
   * @return the login's roles as groups, or empty
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Set<String>> currentGroups(String login, String credentialStamp) {
    return accounts
        .findByLogin(login)
        .filter(Account::enabled)
        .filter(account -> stamp(account.passwordHash()).equals(credentialStamp))
        .map(account -> account.roles().stream().map(Enum::name).collect(Collectors.toSet()));
  }
}
