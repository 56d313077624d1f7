package org.clubaide.persistence.quote;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.money.Money;
import org.clubaide.core.quote.Acceptance;
import org.clubaide.core.quote.DeclineCause;
import org.clubaide.core.quote.EngagementDuration;
import org.clubaide.core.quote.Provider;
import org.clubaide.core.quote.ProviderKind;
import org.clubaide.core.quote.Quote;
import org.clubaide.core.quote.QuoteEvent;
import org.clubaide.core.quote.QuoteId;
import org.clubaide.core.quote.QuoteStatus;
import org.clubaide.core.request.RequestId;

/**
 * Maps quotes and their events between the domain and the persistence model. Amounts go to the
 * database as the {@link BigDecimal} the domain holds and come back through {@link Money}'s
 * constructor, which brings them to the currency's scale without rounding. An event's request is
 * the quote's own, so it is not stored on the event's row.
 */
final class QuoteMapper {

  private QuoteMapper() {}

  /** Copies the quote's state onto a new or managed entity; events are appended elsewhere. */
  static void copy(Quote quote, QuoteEntity e) {
    Quote.Snapshot s = quote.snapshot();
    if (s.status() == QuoteStatus.EXPIRED) {
      throw new IllegalArgumentException("EXPIRED is derived from the clock and never stored");
    }
    e.requestId = s.requestId().toString();
    e.providerKind = s.provider().kind().name();
    e.providerMemberId = s.provider().member().map(MemberId::toString).orElse(null);
    e.providerPartnerRef = s.provider().partner().orElse(null);
    e.proposedBy = s.proposedBy();
    e.title = s.title();
    e.scope = s.scope();
    e.usualAmount = s.usualPrice().amount();
    e.usualCurrency = s.usualPrice().currency().getCurrencyCode();
    e.memberAmount = s.memberPrice().amount();
    e.memberCurrency = s.memberPrice().currency().getCurrencyCode();
    e.durationAmount = s.duration().amount();
    e.durationUnit = s.duration().unit().name();
    e.validUntil = s.validUntil();
    e.proposedAt = s.proposedAt();
    e.status = s.status().name();
    Acceptance acceptance = s.acceptance();
    e.acceptedNoticeVersion = acceptance == null ? null : acceptance.noticeVersion();
    e.acceptedAt = acceptance == null ? null : acceptance.acknowledgedAt();
    e.acceptedBy = acceptance == null ? null : acceptance.acceptedBy();
  }

  /** The quote of the entity with its events, oldest first. */
  static Quote toDomain(QuoteEntity e, List<QuoteEventEntity> events) {
    QuoteId id = QuoteId.of(e.id);
    RequestId requestId = RequestId.of(e.requestId);
    return Quote.restore(
        new Quote.Snapshot(
            id,
            requestId,
            provider(e),
            e.proposedBy,
            e.title,
            e.scope,
            money(e.usualAmount, e.usualCurrency),
            money(e.memberAmount, e.memberCurrency),
            new EngagementDuration(
                e.durationAmount, EngagementDuration.Unit.valueOf(e.durationUnit)),
            e.validUntil,
            e.proposedAt,
            QuoteStatus.valueOf(e.status),
            e.acceptedAt == null
                ? null
                : new Acceptance(e.acceptedNoticeVersion, e.acceptedAt, e.acceptedBy),
            events.stream().map(event -> toDomain(event, id, requestId)).toList(),
            e.version));
  }

  /** The row of an event, numbered {@code seq} within its quote. */
  static QuoteEventEntity toEntity(QuoteEvent event, int seq) {
    QuoteEventEntity e =
        new QuoteEventEntity(
            event.eventId().toString(),
            event.quoteId().toString(),
            seq,
            event.getClass().getSimpleName(),
            event.occurredAt(),
            event.actor(),
            event.byService());
    if (event instanceof QuoteEvent.QuoteProposed p) {
      e.providerKind = p.providerKind().name();
      e.usualAmount = p.usualPrice().amount();
      e.usualCurrency = p.usualPrice().currency().getCurrencyCode();
      e.memberAmount = p.memberPrice().amount();
      e.memberCurrency = p.memberPrice().currency().getCurrencyCode();
      e.validUntil = p.validUntil();
    } else if (event instanceof QuoteEvent.QuoteAccepted a) {
      e.noticeVersion = a.noticeVersion();
    } else if (event instanceof QuoteEvent.QuoteDeclined d) {
      e.declineCause = d.cause().name();
      e.note = d.note();
    }
    return e;
  }

  private static QuoteEvent toDomain(QuoteEventEntity e, QuoteId quote, RequestId request) {
    UUID id = UUID.fromString(e.eventId);
    return switch (e.type) {
      case "QuoteProposed" ->
          new QuoteEvent.QuoteProposed(
              id,
              quote,
              request,
              e.occurredAt,
              e.actor,
              e.byService,
              ProviderKind.valueOf(e.providerKind),
              money(e.usualAmount, e.usualCurrency),
              money(e.memberAmount, e.memberCurrency),
              e.validUntil);
      case "QuoteAccepted" ->
          new QuoteEvent.QuoteAccepted(
              id, quote, request, e.occurredAt, e.actor, e.byService, e.noticeVersion);
      case "QuoteDeclined" ->
          new QuoteEvent.QuoteDeclined(
              id,
              quote,
              request,
              e.occurredAt,
              e.actor,
              e.byService,
              DeclineCause.valueOf(e.declineCause),
              e.note == null ? "" : e.note);
      default -> throw new IllegalStateException("Unknown quote event type " + e.type);
    };
  }

  private static Provider provider(QuoteEntity e) {
    return switch (ProviderKind.valueOf(e.providerKind)) {
      case SERVICE -> Provider.service();
      case MEMBER -> Provider.member(MemberId.of(e.providerMemberId));
      case PARTNER -> Provider.partner(e.providerPartnerRef);
    };
  }

  private static Money money(BigDecimal amount, String currency) {
    return new Money(amount, Currency.getInstance(currency));
  }
}
