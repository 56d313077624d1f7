package org.clubaide.persistence.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.quote.Quote;
import org.clubaide.core.quote.QuoteEvent;
import org.clubaide.core.quote.QuoteId;
import org.clubaide.core.quote.QuoteRepository;
import org.clubaide.core.request.RequestId;
import org.clubaide.persistence.support.Persistence;

/**
 * Quotes in the database. Loading one quote costs two queries (the quote, its events); the quotes
 * of a request cost two as well (the quotes, then all their events at once), however many quotes
 * and events there are. Saving checks the version read, moves it on every save, and appends the new
 * events.
 */
@ApplicationScoped
public class JpaQuoteRepository implements QuoteRepository {

  private static final String WHAT = "This quote";

  @PersistenceContext(unitName = "clubaide")
  EntityManager em;

  @Override
  public void save(Quote quote) {
    String id = quote.id().toString();
    QuoteEntity entity = em.find(QuoteEntity.class, id);
    if (entity == null) {
      entity = new QuoteEntity(id);
      QuoteMapper.copy(quote, entity);
      em.persist(entity);
    } else {
      Persistence.checkVersion(quote.version(), entity.version, WHAT);
      QuoteMapper.copy(quote, entity);
      // A change may add only events: the version must move all the same.
      em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
    // The quote's row first: a concurrent change fails on its version, before any event is added.
    Persistence.flush(em, WHAT);
    int seq = quote.events().size() - quote.newEvents().size();
    for (QuoteEvent event : quote.newEvents()) {
      em.persist(QuoteMapper.toEntity(event, seq++));
    }
    Persistence.flush(em, WHAT);
  }

  @Override
  public Optional<Quote> findById(QuoteId id) {
    QuoteEntity entity = em.find(QuoteEntity.class, id.toString());
    if (entity == null) {
      return Optional.empty();
    }
    List<QuoteEventEntity> events =
        em.createQuery(
                "SELECT e FROM QuoteEventEntity e WHERE e.quoteId = :id ORDER BY e.seq",
                QuoteEventEntity.class)
            .setParameter("id", entity.id)
            .getResultList();
    return Optional.of(QuoteMapper.toDomain(entity, events));
  }

  @Override
  public List<Quote> byRequest(RequestId requestId) {
    List<QuoteEntity> quotes =
        em.createQuery(
                "SELECT q FROM QuoteEntity q WHERE q.requestId = :request"
                    + " ORDER BY q.proposedAt, q.id",
                QuoteEntity.class)
            .setParameter("request", requestId.toString())
            .getResultList();
    if (quotes.isEmpty()) {
      return List.of();
    }
    Map<String, List<QuoteEventEntity>> events = new HashMap<>();
    em.createQuery(
            "SELECT e FROM QuoteEventEntity e WHERE e.quoteId IN"
                + " (SELECT q.id FROM QuoteEntity q WHERE q.requestId = :request)"
                + " ORDER BY e.quoteId, e.seq",
            QuoteEventEntity.class)
        .setParameter("request", requestId.toString())
        .getResultList()
        .forEach(e -> events.computeIfAbsent(e.quoteId, k -> new ArrayList<>()).add(e));
    return quotes.stream()
        .map(q -> QuoteMapper.toDomain(q, events.getOrDefault(q.id, List.of())))
        .toList();
  }
}
