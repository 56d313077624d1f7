package org.clubaide.persistence.terms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.clubaide.core.terms.TermsCatalogue;
import org.clubaide.core.terms.TermsVersion;

/** The published terms versions, read from the database. */
@ApplicationScoped
public class JpaTermsCatalogue implements TermsCatalogue {

  @PersistenceContext(unitName = "clubaide")
  EntityManager em;

  @Override
  public List<TermsVersion> all() {
    return em
        .createQuery(
            "SELECT t FROM TermsVersionEntity t ORDER BY t.validFrom", TermsVersionEntity.class)
        .getResultList()
        .stream()
        .map(t -> new TermsVersion(t.label, t.validFrom))
        .toList();
  }
}
