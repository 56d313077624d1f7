/**
 * Quotes in the database (R-SOL-2..R-SOL-6): {@link org.clubaide.persistence.quote.QuoteEntity}
 * with its prices as exact amounts and currency codes, the appended {@link
 * org.clubaide.persistence.quote.QuoteEventEntity events}, the adapter {@link
 * org.clubaide.persistence.quote.JpaQuoteRepository}, and {@link
 * org.clubaide.persistence.quote.JpaRequestOwnership}, which tells who raised a request.
 */
package org.clubaide.persistence.quote;
