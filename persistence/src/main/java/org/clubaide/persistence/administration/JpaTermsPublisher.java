package org.clubaide.persistence.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.util.Optional;
import org.clubaide.core.administration.TermsPublisher;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.core.terms.TermsVersion;
import org.clubaide.persistence.support.Persistence;

/**
 * Publishes terms versions (tables {@code terms_version} and {@code terms_text}) with two plain
 * statements; the catalogue reads them back.
 */
@ApplicationScoped
public class JpaTermsPublisher implements TermsPublisher {

  @PersistenceContext(unitName = "clubaide")
  EntityManager em;

  @Override
  public void publish(TermsVersion version, String text) {
    boolean taken =
        !em.createNativeQuery("SELECT label FROM terms_version WHERE label = ?")
            .setParameter(1, version.label())
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new ConflictException("R-MEM-2", "A version with this label is already published.");
    }
    em.createNativeQuery("INSERT INTO terms_version (label, valid_from) VALUES (?, ?)")
        .setParameter(1, version.label())
        .setParameter(2, Date.valueOf(version.validFrom()))
        .executeUpdate();
    em.createNativeQuery("INSERT INTO terms_text (label, body) VALUES (?, ?)")
        .setParameter(1, version.label())
        .setParameter(2, text)
        .executeUpdate();
    Persistence.flush(em, "This terms version");
  }

  @Override
  public Optional<String> textOf(String label) {
    return em.createNativeQuery("SELECT body FROM terms_text WHERE label = ?")
        .setParameter(1, label)
        .getResultList()
        .stream()
        .findFirst()
        .map(Object::toString);
  }
}
