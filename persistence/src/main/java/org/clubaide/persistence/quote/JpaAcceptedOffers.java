package org.clubaide.persistence.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.clubaide.core.request.AcceptedOffers;
import org.clubaide.core.request.RequestId;

/**
 * Whether the member accepted a quote on a request, in one query on {@code quote} (its index
 * {@code ix_quote_request} leads with the request), without loading any quote.
 */
@ApplicationScoped
public class JpaAcceptedOffers implements AcceptedOffers {

  @PersistenceContext(unitName = "clubaide")
  EntityManager em;

  @Override
  public boolean anyAcceptedFor(RequestId request) {
    return !em.createNativeQuery(
            "SELECT q.id FROM quote q WHERE q.request_id = ? AND q.status = 'ACCEPTED'")
        .setParameter(1, request.toString())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
