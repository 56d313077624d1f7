package org.clubaide.core.quote;

/**
 * What the member says to accept a quote (R-SOL-5, R-SOL-6).
 *
 * @param quoteId the quote taken
 * @param acknowledgement the member's confirmation of the {@link IntermediaryNotice}
 */
public record AcceptQuote(QuoteId quoteId, Acknowledgement acknowledgement) {}
