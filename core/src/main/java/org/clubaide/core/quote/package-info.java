/**
 * Quotes for accompaniments (R-SOL-2..R-SOL-6): the {@link org.clubaide.core.quote.Quote} aggregate
 * with its usual and preferential prices and derived {@link org.clubaide.core.quote.Saving}, its
 * {@link org.clubaide.core.quote.QuoteEvent events}, the side-by-side {@link
 * org.clubaide.core.quote.QuoteComparison} of one request's quotes, the {@link
 * org.clubaide.core.quote.QuoteRepository} port and the {@link
 * org.clubaide.core.quote.QuoteService} use cases.
 *
 * <p>A quote is valid through its validity date, a calendar day in the zone of the injected {@link
 * java.time.Clock}; "expired" is derived from that clock on every read and never stored. Accepting
 * one quote of a request declines the other open quotes of that request.
 */
package org.clubaide.core.quote;
