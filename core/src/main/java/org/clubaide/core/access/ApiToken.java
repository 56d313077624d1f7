package org.clubaide.core.access;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A personal access token (R-PRV-1): a login's own key for API clients, sent as {@code
 * Authorization: Bearer …}. It is named by its owner, valid until it expires or is revoked, and
 * kept only as a {@link TokenDigest digest}: the secret is shown once, when it is created.
 *
 * @param id the token's identifier
 * @param login the login it acts for, in lower case
 * @param name what the owner called it, for example "backup script"
 * @param digest the SHA-256 of the secret
 * @param createdAt when it was created
 * @param expiresAt when it stops working
 * @param revokedAt when its owner revoked it, if they did
 */
public record ApiToken(
    ApiTokenId id,
    String login,
    String name,
    TokenDigest digest,
    Instant createdAt,
    Instant expiresAt,
    Optional<Instant> revokedAt) {

  /** The most characters a token's name may have. */
  public static final int NAME_MAX_LENGTH = 60;

  /** Checks and normalises the arguments. */
  public ApiToken {
    Objects.requireNonNull(id, "id");
    login = Objects.requireNonNull(login, "login").strip().toLowerCase(Locale.ROOT);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(revokedAt, "revokedAt");
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("A token expires after it is created");
    }
  }

  /** Where a token stands at a given time. */
  public enum Status {
    /** It authenticates its owner. */
    ACTIVE,
    /** Its validity ran out. */
    EXPIRED,
    /** Its owner revoked it. */
    REVOKED
  }

  /**
   * Where the token stands at {@code now}.
   *
   * @param now the time
   * @return revoked, expired or active
   */
  public Status statusAt(Instant now) {
    if (revokedAt.isPresent()) {
      return Status.REVOKED;
    }
    return now.isBefore(expiresAt) ? Status.ACTIVE : Status.EXPIRED;
  }

  /**
   * Whether the token authenticates its owner at {@code now}.
   *
   * @param now the time
   * @return {@code true} when neither expired nor revoked
   */
  public boolean isActiveAt(Instant now) {
    return statusAt(now) == Status.ACTIVE;
  }

  /**
   * The token revoked at {@code at}; a token already revoked keeps its first revocation time.
   *
   * @param at when it is revoked
   * @return the revoked token
   */
  public ApiToken revoke(Instant at) {
    Objects.requireNonNull(at, "at");
    if (revokedAt.isPresent()) {
      return this;
    }
    return new ApiToken(id, login, name, digest, createdAt, expiresAt, Optional.of(at));
  }
}
