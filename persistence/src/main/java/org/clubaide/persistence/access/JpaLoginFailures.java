package org.clubaide.persistence.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.clubaide.core.access.LoginFailures;
import org.clubaide.core.access.ThrottleKey;

/**
 * Failed logins in the table {@code login_failure}, shared by every server of the deployment: one
 * row per failure, counted with an index on (key, time) and purged by time.
 */
@ApplicationScoped
public class JpaLoginFailures implements LoginFailures {

  @PersistenceContext(unitName = "clubaide")
  EntityManager em;

  @Override
  public void record(ThrottleKey key, Instant at) {
    em.createNativeQuery(
            "INSERT INTO login_failure (id, throttle_key, failed_at) VALUES (?1, ?2, ?3)")
        .setParameter(1, UUID.randomUUID().toString())
        .setParameter(2, key.value())
        .setParameter(3, utc(at))
        .executeUpdate();
  }

  @Override
  public Tally since(ThrottleKey key, Instant since) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT COUNT(*), MIN(failed_at) FROM login_failure"
                        + " WHERE throttle_key = ?1 AND failed_at > ?2")
                .setParameter(1, key.value())
                .setParameter(2, utc(since))
                .getSingleResult();
    long count = ((Number) row[0]).longValue();
    return new Tally(count, count == 0 ? Optional.empty() : Optional.of(instant(row[1])));
  }

  @Override
  public void forget(ThrottleKey key) {
    em.createNativeQuery("DELETE FROM login_failure WHERE throttle_key = ?1")
        .setParameter(1, key.value())
        .executeUpdate();
  }

  @Override
  public void forgetBefore(Instant before) {
    em.createNativeQuery("DELETE FROM login_failure WHERE failed_at <= ?1")
        .setParameter(1, utc(before))
        .executeUpdate();
  }

  private static LocalDateTime utc(Instant at) {
    return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    if (value instanceof LocalDateTime local) {
      return local.toInstant(ZoneOffset.UTC);
    }
    throw new IllegalStateException("Unexpected time type " + value.getClass().getName());
  }
}
