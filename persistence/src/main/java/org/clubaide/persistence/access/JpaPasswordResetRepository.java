package org.clubaide.persistence.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.clubaide.core.access.PasswordReset;
import org.clubaide.core.access.PasswordResetRepository;
import org.clubaide.core.access.TokenDigest;
import org.clubaide.persistence.support.InstantConverter;
import org.clubaide.persistence.support.Persistence;

/**
 * Password links in the database, as digests. Using a link is one conditional {@code UPDATE} (only
 * while it is neither used nor voided), so that of two requests racing with the same link exactly
 * one uses it, on every server of a deployment.
 */
@ApplicationScoped
public class JpaPasswordResetRepository implements PasswordResetRepository {

  private static final InstantConverter UTC = new InstantConverter();

  @PersistenceContext(unitName = "clubaide")
  EntityManager em;

  @Override
  public void add(PasswordReset reset) {
    PasswordResetEntity entity = new PasswordResetEntity(reset.id().toString());
    entity.login = reset.login();
    entity.purpose = reset.purpose().name();
    entity.digest = reset.digest().hex();
    entity.createdAt = reset.createdAt();
    entity.expiresAt = reset.expiresAt();
    entity.usedAt = reset.usedAt().orElse(null);
    entity.voidedAt = reset.voidedAt().orElse(null);
    em.persist(entity);
    Persistence.flush(em, "This link");
  }

  @Override
  public Optional<PasswordReset> findByDigest(TokenDigest digest) {
    List<PasswordResetEntity> found =
        em.createQuery(
                "SELECT r FROM PasswordResetEntity r WHERE r.digest = :digest",
                PasswordResetEntity.class)
            .setParameter("digest", digest.hex())
            .getResultList();
    return found.stream().findFirst().map(JpaPasswordResetRepository::toDomain);
  }

  @Override
  public long countIssuedSince(String login, PasswordReset.Purpose purpose, Instant since) {
    Object count =
        em.createNativeQuery(
                "SELECT COUNT(*) FROM password_reset WHERE login = ?1 AND purpose = ?2"
                    + " AND created_at > ?3")
            .setParameter(1, normal(login))
            .setParameter(2, purpose.name())
            .setParameter(3, UTC.convertToDatabaseColumn(since))
            .getSingleResult();
    return ((Number) count).longValue();
  }

  @Override
  public boolean markUsed(UUID id, Instant at) {
    em.flush();
    int updated =
        em.createNativeQuery(
                "UPDATE password_reset SET used_at = ?1 WHERE id = ?2"
                    + " AND used_at IS NULL AND voided_at IS NULL")
            .setParameter(1, UTC.convertToDatabaseColumn(at))
            .setParameter(2, id.toString())
            .executeUpdate();
    return updated == 1;
  }

  @Override
  public int voidOutstanding(String login, Instant at) {
    em.flush();
    int updated =
        em.createNativeQuery(
                "UPDATE password_reset SET voided_at = ?1 WHERE login = ?2"
                    + " AND used_at IS NULL AND voided_at IS NULL")
            .setParameter(1, UTC.convertToDatabaseColumn(at))
            .setParameter(2, normal(login))
            .executeUpdate();
    return updated;
  }

  private static String normal(String login) {
    return login.strip().toLowerCase(Locale.ROOT);
  }

  private static PasswordReset toDomain(PasswordResetEntity e) {
    return new PasswordReset(
        UUID.fromString(e.id.strip()),
        e.login,
        PasswordReset.Purpose.valueOf(e.purpose),
        new TokenDigest(e.digest.strip()),
        e.createdAt,
        e.expiresAt,
        Optional.ofNullable(e.usedAt),
        Optional.ofNullable(e.voidedAt));
  }
}
