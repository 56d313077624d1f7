package org.clubaide.persistence.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.quote.RequestOwnership;
import org.clubaide.core.request.RequestId;

/**
 * Who raised a help request, read from {@code help_request.requester_id} in one query, without
 * loading the request, its events or its solutions.
 */
@ApplicationScoped
public class JpaRequestOwnership implements RequestOwnership {

  @PersistenceContext(unitName = "clubaide")
  EntityManager em;

  @Override
  public Optional<MemberId> requesterOf(RequestId requestId) {
    List<?> requester =
        em.createNativeQuery("SELECT h.requester_id FROM help_request h WHERE h.id = ?")
            .setParameter(1, requestId.toString())
            .getResultList();
    return requester.stream().findFirst().map(id -> MemberId.of(id.toString().strip()));
  }
}
