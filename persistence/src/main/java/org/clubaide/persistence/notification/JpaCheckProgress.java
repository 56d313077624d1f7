package org.clubaide.persistence.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clubaide.core.notification.CheckProgress;

/** How far each date check went, in {@code notification_check}, with the run's notifications. */
@ApplicationScoped
public class JpaCheckProgress implements CheckProgress {

  @PersistenceContext(unitName = "clubaide")
  EntityManager em;

  @Override
  public Optional<String> position(String check) {
    List<?> rows =
        em.createNativeQuery("SELECT position FROM notification_check WHERE name = ?1")
            .setParameter(1, check)
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(Rows.text(rows.get(0)));
  }

  @Override
  public void save(String check, String position, Instant at) {
    int updated =
        em.createNativeQuery(
                "UPDATE notification_check SET position = ?1, updated_at = ?2 WHERE name = ?3")
            .setParameter(1, position)
            .setParameter(2, Rows.utc(at))
            .setParameter(3, check)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "INSERT INTO notification_check (name, position, updated_at) VALUES (?1, ?2, ?3)")
          .setParameter(1, check)
          .setParameter(2, position)
          .setParameter(3, Rows.utc(at))
          .executeUpdate();
    }
  }
}
