package org.clubaide.core.quote;

import java.util.List;
import java.util.Optional;
import org.clubaide.core.request.RequestId;

/** Port: where quotes are kept. */
public interface QuoteRepository {

  /**
   * Saves a new or changed quote: its state, and the events added since it was read.
   *
   * @throws org.clubaide.core.shared.ConflictException when the quote changed since it was read
   */
  void save(Quote quote);

  /** The quote with this identifier, with its events. */
  Optional<Quote> findById(QuoteId id);

  /** Every quote made on the request, oldest first; empty when there is none. */
  List<Quote> byRequest(RequestId requestId);
}
