package org.clubaide.core.quote;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.shared.ConflictException;

/**
 * The quote port kept in memory, as a database adapter would: it stores snapshots, hands out
 * restored copies, and refuses a save made from a stale copy.
 */
final class InMemoryQuoteRepository implements QuoteRepository {

  private final Map<QuoteId, Quote.Snapshot> stored = new LinkedHashMap<>();

  @Override
  public void save(Quote quote) {
    Quote.Snapshot current = stored.get(quote.id());
    long expected = current == null ? 0 : current.version();
    if (quote.version() != expected || (current == null) != quote.isNew()) {
      throw ConflictException.concurrentUpdate("Quote " + quote.id());
    }
    Quote.Snapshot s = quote.snapshot();
    stored.put(
        quote.id(),
        new Quote.Snapshot(
            s.id(),
            s.requestId(),
            s.provider(),
            s.proposedBy(),
            s.title(),
            s.scope(),
            s.usualPrice(),
            s.memberPrice(),
            s.duration(),
            s.validUntil(),
            s.proposedAt(),
            s.status(),
            s.acceptance(),
            s.events(),
            expected + 1));
  }

  @Override
  public Optional<Quote> findById(QuoteId id) {
    return Optional.ofNullable(stored.get(id)).map(Quote::restore);
  }

  @Override
  public List<Quote> byRequest(RequestId requestId) {
    return stored.values().stream()
        .filter(s -> s.requestId().equals(requestId))
        .sorted(Comparator.comparing(Quote.Snapshot::proposedAt).thenComparing(s -> s.id().value()))
        .map(Quote::restore)
        .toList();
  }

  int size() {
    return stored.size();
  }
}
