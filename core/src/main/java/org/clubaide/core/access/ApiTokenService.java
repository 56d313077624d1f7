package org.clubaide.core.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.shared.RuleViolationException;

/**
 * Use cases of personal access tokens (R-PRV-1): a login creates a token for an API client and sees
 * its secret once, lists its tokens, revokes one; an API call presenting a token is authenticated as
 * the token's login while the token is active. Nobody sees or revokes another login's tokens.
 *
 * <p>A secret is {@value #PREFIX} followed by 32 random bytes in unpadded Base64url (47
 * characters); the prefix lets secret scanners recognise a leaked token.
 */
public final class ApiTokenService {

  /** What every secret starts with. */
  public static final String PREFIX = "cat_";

  /** The validity of a token when none is asked for. */
  public static final int DEFAULT_VALIDITY_DAYS = 90;

  /** The longest validity a token may have. */
  public static final int MAX_VALIDITY_DAYS = 365;

  /** The most tokens one login may have active at once. */
  public static final int MAX_ACTIVE_TOKENS = 20;

  private static final int SECRET_BYTES = 32;
  private static final Pattern SECRET = Pattern.compile(PREFIX + "[A-Za-z0-9_-]{43}");

  private final ApiTokenRepository tokens;
  private final Clock clock;
  private final SecureRandom random;

  /**
   * Wires the use cases to their port and clock.
   *
   * @param tokens where tokens are kept
   * @param clock tells the time
   */
  public ApiTokenService(ApiTokenRepository tokens, Clock clock) {
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = new SecureRandom();
  }

  /**
   * Creates a token for the actor's own login.
   *
   * @param actor who creates it, and whom it will act for
   * @param name what they call it, 1 to {@value ApiToken#NAME_MAX_LENGTH} characters
   * @param validityDays how many days it stays valid, 1 to {@value #MAX_VALIDITY_DAYS}; {@value
   *     #DEFAULT_VALIDITY_DAYS} when {@code null}
   * @return the token with its secret, to be shown once
   * @throws RuleViolationException when the name or validity is wrong, or the login already has
   *     {@value #MAX_ACTIVE_TOKENS} active tokens
   */
  public IssuedToken create(Actor actor, String name, Integer validityDays) {
    Objects.requireNonNull(actor, "actor");
    String label =
        RuleViolationException.requireText(
            name, ApiToken.NAME_MAX_LENGTH, "R-PRV-1", "name", "The token's name");
    int days = validityDays == null ? DEFAULT_VALIDITY_DAYS : validityDays;
    RuleViolationException.require(
        days >= 1 && days <= MAX_VALIDITY_DAYS,
        "R-PRV-1",
        "validityDays",
        "A token is valid for 1 to " + MAX_VALIDITY_DAYS + " days, not " + days + ".");
    Instant now = clock.instant();
    long active = tokens.findByLogin(actor.login()).stream().filter(t -> t.isActiveAt(now)).count();
    RuleViolationException.require(
        active < MAX_ACTIVE_TOKENS,
        "R-PRV-1",
        null,
        "A login may have at most "
            + MAX_ACTIVE_TOKENS
            + " active tokens: revoke one you no longer use.");
    byte[] bytes = new byte[SECRET_BYTES];
    random.nextBytes(bytes);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ApiToken token =
        new ApiToken(
            ApiTokenId.newId(),
            actor.login(),
            label,
            TokenDigest.of(secret),
            now,
            now.plus(Duration.ofDays(days)),
            Optional.empty());
    tokens.add(token);
    return new IssuedToken(token, secret);
  }

  /**
   * The actor's own tokens, newest first, with those expired or revoked.
   *
   * @param actor whose tokens
   * @return the tokens
   */
  public List<ApiToken> list(Actor actor) {
    Objects.requireNonNull(actor, "actor");
    return tokens.findByLogin(actor.login());
  }

  /**
   * Revokes one of the actor's tokens; revoking it again changes nothing.
   *
   * @param actor whose token
   * @param id which token
   * @return the token, revoked
   * @throws NotFoundException when the actor has no such token (another login's token is not
   *     found either)
   */
  public ApiToken revoke(Actor actor, ApiTokenId id) {
    Objects.requireNonNull(actor, "actor");
    ApiToken token =
        tokens
            .findById(Objects.requireNonNull(id, "id"))
            .filter(t -> t.login().equals(actor.login()))
            .orElseThrow(() -> new NotFoundException("Token", id));
    ApiToken revoked = token.revoke(clock.instant());
    if (revoked != token) {
      tokens.save(revoked);
    }
    return revoked;
  }

  /**
   * Revokes every token of a login that is still active, as when its password was reset through an
   * e-mailed link: whoever had taken over the login loses the tokens they may have created (OWASP
   * ASVS V3.3.3).
   *
   * @param login the login
   * @return how many tokens were revoked
   */
  public int revokeAllOf(String login) {
    Objects.requireNonNull(login, "login");
    Instant now = clock.instant();
    int revoked = 0;
    for (ApiToken token : tokens.findByLogin(login)) {
      if (token.statusAt(now) == ApiToken.Status.ACTIVE) {
        tokens.save(token.revoke(now));
        revoked++;
      }
    }
    return revoked;
  }

  /**
   * The active token whose secret was presented. A value that is not shaped like a secret is
   * refused without looking anything up.
   *
   * @param secret the value sent as {@code Authorization: Bearer}
   * @return the token, when it exists, is active and its login can still log in
   */
  public Optional<ApiToken> authenticate(String secret) {
    if (secret == null || !SECRET.matcher(secret).matches()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return tokens.findByDigest(TokenDigest.of(secret)).filter(t -> t.isActiveAt(now));
  }
}
