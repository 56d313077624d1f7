package org.clubaide.core.access;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: where the password-reset and invitation links are kept, as digests only. Using a link is a
 * conditional update, so that two requests racing with the same link cannot both use it.
 */
public interface PasswordResetRepository {

  /**
   * Keeps a new link.
   *
   * @param reset the link
   */
  void add(PasswordReset reset);

  /**
   * The link whose secret has this digest.
   *
   * @param digest the digest of the secret presented
   * @return the link, whatever its status
   */
  Optional<PasswordReset> findByDigest(TokenDigest digest);

  /**
   * How many links of this purpose were issued to the login strictly after {@code since}.
   *
   * @param login the login, in lower case
   * @param purpose reset or invitation
   * @param since the start of the window, excluded
   * @return the count
   */
  long countIssuedSince(String login, PasswordReset.Purpose purpose, Instant since);

  /**
   * Marks the link used, only if it is neither used nor voided yet.
   *
   * @param id the link
   * @param at when
   * @return whether this call used it; {@code false} when it was used or voided already
   */
  boolean markUsed(UUID id, Instant at);

  /**
   * Voids every link of the login that is neither used nor voided yet.
   *
   * @param login the login, in lower case
   * @param at when
   * @return how many links were voided
   */
  int voidOutstanding(String login, Instant at);
}
