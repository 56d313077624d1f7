package org.clubaide.persistence.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clubaide.core.access.ApiToken;
import org.clubaide.core.access.ApiTokenId;
import org.clubaide.core.access.ApiTokenRepository;
import org.clubaide.core.access.TokenDigest;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.persistence.support.Persistence;

/** Personal access tokens in the database, as digests. */
@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

  @PersistenceContext(unitName = "clubaide")
  EntityManager em;

  @Override
  public void add(ApiToken token) {
    ApiTokenEntity entity = new ApiTokenEntity(token.id().toString());
    entity.login = token.login();
    entity.name = token.name();
    entity.digest = token.digest().hex();
    entity.createdAt = token.createdAt();
    entity.expiresAt = token.expiresAt();
    entity.revokedAt = token.revokedAt().orElse(null);
    em.persist(entity);
    Persistence.flush(em, "This token");
  }

  @Override
  public void save(ApiToken token) {
    ApiTokenEntity entity = em.find(ApiTokenEntity.class, token.id().toString());
    if (entity == null) {
      throw new NotFoundException("Token", token.id());
    }
    entity.revokedAt = token.revokedAt().orElse(null);
    Persistence.flush(em, "This token");
  }

  @Override
  public Optional<ApiToken> findById(ApiTokenId id) {
    return Optional.ofNullable(em.find(ApiTokenEntity.class, id.toString()))
        .map(JpaApiTokenRepository::toDomain);
  }

  @Override
  public Optional<ApiToken> findByDigest(TokenDigest digest) {
    // Only tokens whose login can still log in: the same condition as the identity store's.
    List<?> ids =
        em.createNativeQuery(
                "SELECT t.id FROM api_token t JOIN account a ON a.login = t.login"
                    + " LEFT JOIN member m ON m.id = a.member_id"
                    + " WHERE t.digest = ?1 AND (m.status IS NULL OR m.status <> 'ENDED')")
            .setParameter(1, digest.hex())
            .getResultList();
    return ids.isEmpty()
        ? Optional.empty()
        : Optional.ofNullable(em.find(ApiTokenEntity.class, ids.get(0).toString().strip()))
            .map(JpaApiTokenRepository::toDomain);
  }

  @Override
  public List<ApiToken> findByLogin(String login) {
    return em.createQuery(
            "SELECT t FROM ApiTokenEntity t WHERE t.login = :login"
                + " ORDER BY t.createdAt DESC, t.id",
            ApiTokenEntity.class)
        .setParameter("login", login.strip().toLowerCase(Locale.ROOT))
        .getResultList()
        .stream()
        .map(JpaApiTokenRepository::toDomain)
        .toList();
  }

  private static ApiToken toDomain(ApiTokenEntity e) {
    return new ApiToken(
        ApiTokenId.of(e.id.strip()),
        e.login,
        e.name,
        new TokenDigest(e.digest.strip()),
        e.createdAt,
        e.expiresAt,
        Optional.ofNullable(e.revokedAt));
  }
}
