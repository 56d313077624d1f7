package org.clubaide.core.access;

import java.util.List;
import java.util.Optional;

/** Port: where personal access tokens are kept, as digests only. */
public interface ApiTokenRepository {

  /**
   * Saves a new token.
   *
   * @param token the token
   */
  void add(ApiToken token);

  /**
   * Saves a token's revocation.
   *
   * @param token the token, revoked
   * @throws org.clubaide.core.shared.NotFoundException when it was never added
   */
  void save(ApiToken token);

  /**
   * The token with this identifier.
   *
   * @param id the identifier
   * @return the token, if any
   */
  Optional<ApiToken> findById(ApiTokenId id);

  /**
   * The token with this digest, provided its login can still log in: a token of a member who ended
   * their participation (R-MEM-6) or of an erased account is never found.
   *
   * @param digest the digest of the secret presented
   * @return the token, if any
   */
  Optional<ApiToken> findByDigest(TokenDigest digest);

  /**
   * The login's tokens, newest first, revoked and expired ones included.
   *
   * @param login the login name
   * @return the tokens
   */
  List<ApiToken> findByLogin(String login);
}
