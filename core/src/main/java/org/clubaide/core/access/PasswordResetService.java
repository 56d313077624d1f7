package org.clubaide.core.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.shared.RuleViolationException;

/**
 * Choosing a password by a link sent by e-mail (R-PRV-1): the owner of a login who forgot their
 * password asks for a link ({@link #requestReset}), a new login is invited to choose its first one
 * ({@link #invite}), and the link sets the new password once ({@link #completeReset}).
 *
 * <ul>
 *   <li>A link's secret has 256 random bits from {@link SecureRandom}, in unpadded Base64url (43
 *       characters); only its SHA-256 is kept, as for API tokens.
 *   <li>A reset link is valid {@link #RESET_VALIDITY one hour}, an invitation {@link
 *       #INVITATION_VALIDITY 72 hours}; either works once, and using one voids every other
 *       outstanding link of the same login.
 *   <li>Asking for a reset never tells whether the address is known: the caller gets the same
 *       outcome whether an e-mail was sent, not sent (no such login), or held back by the cap of
 *       {@value #MAX_RESETS_PER_HOUR} reset e-mails per login and hour.
 *   <li>The address is the login itself: a member's login is their e-mail address, and any other
 *       login is reachable only when it is an e-mail address.
 * </ul>
 *
 * Callers run each method in a transaction; time comes from the injected clock.
 */
public final class PasswordResetService {

  /** How long a reset link works. */
  public static final Duration RESET_VALIDITY = Duration.ofHours(1);

  /** How long an invitation link works. */
  public static final Duration INVITATION_VALIDITY = Duration.ofHours(72);

  /** The most reset e-mails one login receives in any hour. */
  public static final int MAX_RESETS_PER_HOUR = 3;

  /** The longest e-mail address looked up (RFC 5321 path limit). */
  public static final int ADDRESS_MAX_LENGTH = 254;

  private static final int SECRET_BYTES = 32;
  private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final AccountRepository accounts;
  private final PasswordResetRepository resets;
  private final ResetMailer mailer;
  private final PasswordHasher hasher;
  private final PasswordPolicy policy;
  private final LoginThrottle throttle;
  private final ApiTokenService tokens;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  /**
   * Wires the use cases to their ports.
   *
   * @param accounts where logins are kept
   * @param resets where links are kept
   * @param mailer sends the links
   * @param hasher hashes new passwords
   * @param policy what makes a password acceptable
   * @param throttle the login throttle, whose failures of a login are forgotten once its owner
   *     chose a new password
   * @param tokens the personal access tokens, revoked once a link set a new password
   * @param clock tells the time
   */
  public PasswordResetService(
      AccountRepository accounts,
      PasswordResetRepository resets,
      ResetMailer mailer,
      PasswordHasher hasher,
      PasswordPolicy policy,
      LoginThrottle throttle,
      ApiTokenService tokens,
      Clock clock) {
    this.accounts = Objects.requireNonNull(accounts, "accounts");
    this.resets = Objects.requireNonNull(resets, "resets");
    this.mailer = Objects.requireNonNull(mailer, "mailer");
    this.hasher = Objects.requireNonNull(hasher, "hasher");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.throttle = Objects.requireNonNull(throttle, "throttle");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Sends a reset link to the address when an enabled login is that address, unless the login
   * already received {@value #MAX_RESETS_PER_HOUR} in the last hour. Says nothing about what it
   * did: an unknown or malformed address, a disabled login, or one over the cap, returns just the
   * same.
   *
   * @param emailAddress the address as typed, possibly {@code null}
   */
  public void requestReset(String emailAddress) {
    Optional<String> address = normalised(emailAddress);
    if (address.isEmpty()) {
      return;
    }
    Optional<Account> account = accounts.findByLogin(address.get()).filter(Account::enabled);
    if (account.isEmpty()) {
      return;
    }
    String login = account.get().login();
    Instant now = clock.instant();
    long recent =
        resets.countIssuedSince(login, PasswordReset.Purpose.RESET, now.minus(Duration.ofHours(1)));
    if (recent >= MAX_RESETS_PER_HOUR) {
      return;
    }
    issue(login, PasswordReset.Purpose.RESET, now, RESET_VALIDITY);
  }

  /**
   * Sends an existing login an invitation to choose its password, valid {@link #INVITATION_VALIDITY
   * 72 hours}.
   *
   * @param login the login, which must be an e-mail address
   * @return the link as kept (without its secret)
   * @throws NotFoundException when no account has this login
   * @throws RuleViolationException when the login is not an e-mail address, or is disabled
   */
  public PasswordReset invite(String login) {
    Objects.requireNonNull(login, "login");
    Account account =
        accounts.findByLogin(login).orElseThrow(() -> new NotFoundException("Account", login));
    RuleViolationException.require(
        normalised(account.login()).isPresent(),
        "R-PRV-1",
        "login",
        "An invitation is sent to the login's e-mail address: this login is not one.");
    RuleViolationException.require(
        account.enabled(), "R-PRV-1", "login", "A disabled login is enabled before it is invited.");
    return issue(
        account.login(), PasswordReset.Purpose.INVITATION, clock.instant(), INVITATION_VALIDITY);
  }

  /**
   * Sets a new password with a link: the link must be active, and the password must follow the
   * {@link PasswordPolicy}. The link is then used, every other outstanding link of the login
   * voided, the login's failed logins forgotten, and its active access tokens revoked (whoever had
   * taken the login over loses them, OWASP ASVS V3.3.3).
   *
   * @param token the link's secret
   * @param newPassword the new password
   * @return the login whose password was set
   * @throws InvalidResetLinkException when the link is unknown, expired, used or voided, or its
   *     login was disabled since (one message for all)
   * @throws RuleViolationException on the field {@code newPassword} when the password is not
   *     acceptable; the link stays usable
   */
  public String completeReset(String token, char[] newPassword) {
    if (token == null || !SECRET.matcher(token).matches()) {
      throw new InvalidResetLinkException();
    }
    Instant now = clock.instant();
    PasswordReset reset =
        resets
            .findByDigest(TokenDigest.of(token))
            .filter(r -> r.isActiveAt(now))
            .orElseThrow(InvalidResetLinkException::new);
    policy.check(newPassword, "newPassword");
    Account account =
        accounts
            .findByLogin(reset.login())
            .filter(Account::enabled)
            .orElseThrow(InvalidResetLinkException::new);
    if (!resets.markUsed(reset.id(), now)) {
      throw new InvalidResetLinkException();
    }
    accounts.changePasswordHash(account.login(), hasher.hash(newPassword));
    resets.voidOutstanding(account.login(), now);
    throttle.succeeded(account.login());
    tokens.revokeAllOf(account.login());
    return account.login();
  }

  private PasswordReset issue(
      String login, PasswordReset.Purpose purpose, Instant now, Duration validity) {
    byte[] bytes = new byte[SECRET_BYTES];
    random.nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    PasswordReset reset =
        new PasswordReset(
            UUID.randomUUID(),
            login,
            purpose,
            TokenDigest.of(secret),
            now,
            now.plus(validity),
            Optional.empty(),
            Optional.empty());
    resets.add(reset);
    mailer.send(new ResetMailer.Link(reset, secret));
    return reset;
  }

  /** The address in lower case, when it looks like one. */
  private static Optional<String> normalised(String address) {
    if (address == null) {
      return Optional.empty();
    }
    String text = address.strip().toLowerCase(Locale.ROOT);
    return text.length() <= ADDRESS_MAX_LENGTH && ADDRESS.matcher(text).matches()
        ? Optional.of(text)
        : Optional.empty();
  }
}
