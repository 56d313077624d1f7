package org.clubaide.core.quote;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.clubaide.core.money.Money;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.shared.DomainEvent;

/**
 * Something that happened to a quote, in the past tense. The events feed the request's timeline
 * (R-REQ-10) and the notifications to the member and the provider. Each carries its own identifier,
 * the quote's and the request's identifiers, the time, and who acted.
 */
public sealed interface QuoteEvent extends DomainEvent {

  /** The event's identifier. */
  UUID eventId();

  /** The quote it happened to. */
  QuoteId quoteId();

  /** The request the quote answers. */
  RequestId requestId();

  /** When it happened. */
  Instant occurredAt();

  /** The login of who acted. */
  String actor();

  /** Whether the actor spoke for the central Service. */
  boolean byService();

  /**
   * A quote was made for an accompaniment (R-SOL-2, R-SOL-3).
   *
   * @param providerKind who would provide the accompaniment
   * @param usualPrice the usual price
   * @param memberPrice the member's preferential price
   * @param validUntil the last day the quote can be accepted
   */
  record QuoteProposed(
      UUID eventId,
      QuoteId quoteId,
      RequestId requestId,
      Instant occurredAt,
      String actor,
      boolean byService,
      ProviderKind providerKind,
      Money usualPrice,
      Money memberPrice,
      LocalDate validUntil)
      implements QuoteEvent {}

  /**
   * The member accepted the quote after confirming the intermediary notice (R-SOL-5).
   *
   * @param noticeVersion the version of the notice the member confirmed
   */
  record QuoteAccepted(
      UUID eventId,
      QuoteId quoteId,
      RequestId requestId,
      Instant occurredAt,
      String actor,
      boolean byService,
      String noticeVersion)
      implements QuoteEvent {}

  /**
   * The quote was declined, by the member or because another quote of the request was accepted.
   *
   * @param cause why
   * @param note the member's words, possibly empty
   */
  record QuoteDeclined(
      UUID eventId,
      QuoteId quoteId,
      RequestId requestId,
      Instant occurredAt,
      String actor,
      boolean byService,
      DeclineCause cause,
      String note)
      implements QuoteEvent {}
}
