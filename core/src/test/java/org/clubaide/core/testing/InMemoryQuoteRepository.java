package org.clubaide.core.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.quote.Quote;
import org.clubaide.core.quote.QuoteId;
import org.clubaide.core.quote.QuoteRepository;
import org.clubaide.core.request.RequestId;

/**
 * Quotes kept in memory as snapshots, so that every read returns a fresh aggregate, for use cases
 * outside the quote package that read quotes (the personal data export).
 */
public final class InMemoryQuoteRepository implements QuoteRepository {

  private final Map<QuoteId, Quote.Snapshot> byId = new LinkedHashMap<>();

  @Override
  public void save(Quote quote) {
    byId.put(quote.id(), quote.snapshot());
  }

  @Override
  public Optional<Quote> findById(QuoteId id) {
    return Optional.ofNullable(byId.get(id)).map(Quote::restore);
  }

  @Override
  public List<Quote> byRequest(RequestId requestId) {
    return byId.values().stream()
        .filter(s -> s.requestId().equals(requestId))
        .map(Quote::restore)
        .toList();
  }

  /** Every quote, in the order they were first saved. */
  public List<Quote> all() {
    return byId.values().stream().map(Quote::restore).toList();
  }
}
