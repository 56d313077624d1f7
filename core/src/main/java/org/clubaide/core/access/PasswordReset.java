package org.clubaide.core.access;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A link that lets a login choose a new password without the old one (R-PRV-1): sent by e-mail when
 * the owner forgot their password, or as an invitation to a new login. It is kept only as a {@link
 * TokenDigest digest} of its secret, works once, and stops working when it expires, is used, or is
 * voided because another link of the same login was used.
 *
 * @param id the link's identifier (not its secret)
 * @param login the login whose password it sets, in lower case
 * @param purpose a reset or an invitation
 * @param digest the SHA-256 of the secret
 * @param createdAt when it was issued
 * @param expiresAt when it stops working
 * @param usedAt when it was used, if it was
 * @param voidedAt when it was voided, if it was
 */
public record PasswordReset(
    UUID id,
    String login,
    Purpose purpose,
    TokenDigest digest,
    Instant createdAt,
    Instant expiresAt,
    Optional<Instant> usedAt,
    Optional<Instant> voidedAt) {

  /** Why the link was sent. */
  public enum Purpose {
    /** The owner forgot their password and asked for a link. */
    RESET,
    /** A new login without a password is invited to choose one. */
    INVITATION
  }

  /** Where a link stands at a given time. */
  public enum Status {
    /** It can be used. */
    ACTIVE,
    /** It was used. */
    USED,
    /** Another link of the same login was used first. */
    VOIDED,
    /** Its validity ran out. */
    EXPIRED
  }

  /** Checks and normalises the arguments. */
  public PasswordReset {
    Objects.requireNonNull(id, "id");
    login = Objects.requireNonNull(login, "login").strip().toLowerCase(Locale.ROOT);
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(usedAt, "usedAt");
    Objects.requireNonNull(voidedAt, "voidedAt");
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("A link expires after it is issued");
    }
  }

  /**
   * Where the link stands at {@code now}.
   *
   * @param now the time
   * @return used, voided, expired or active
   */
  public Status statusAt(Instant now) {
    if (usedAt.isPresent()) {
      return Status.USED;
    }
    if (voidedAt.isPresent()) {
      return Status.VOIDED;
    }
    return now.isBefore(expiresAt) ? Status.ACTIVE : Status.EXPIRED;
  }

  /**
   * Whether the link can still be used at {@code now}.
   *
   * @param now the time
   * @return {@code true} when neither used, voided nor expired
   */
  public boolean isActiveAt(Instant now) {
    return statusAt(now) == Status.ACTIVE;
  }
}
