package org.clubaide.persistence.quote;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.clubaide.persistence.support.InstantConverter;

/**
 * One quote event (table {@code quote_event}), numbered by {@link #seq} within its quote. Each type
 * fills its own columns; {@link QuoteMapper} says which.
 */
@Entity
@Table(name = "quote_event")
public class QuoteEventEntity {

  @Id
  @Column(name = "event_id", length = 36)
  String eventId;

  @Column(name = "quote_id", length = 36, nullable = false)
  String quoteId;

  @Column(name = "seq", nullable = false)
  int seq;

  @Column(name = "event_type", length = 40, nullable = false)
  String type;

  @Convert(converter = InstantConverter.class)
  @Column(name = "occurred_at", nullable = false)
  Instant occurredAt;

  @Column(name = "actor", length = 254, nullable = false)
  String actor;

  @Column(name = "by_service", nullable = false)
  boolean byService;

  @Column(name = "provider_kind", length = 10)
  String providerKind;

  @Column(name = "usual_amount", precision = 19, scale = 4)
  BigDecimal usualAmount;

  @Column(name = "usual_currency", length = 3)
  String usualCurrency;

  @Column(name = "member_amount", precision = 19, scale = 4)
  BigDecimal memberAmount;

  @Column(name = "member_currency", length = 3)
  String memberCurrency;

  @Column(name = "valid_until")
  LocalDate validUntil;

  @Column(name = "notice_version", length = 40)
  String noticeVersion;

  @Column(name = "decline_cause", length = 30)
  String declineCause;

  @Column(name = "note", length = 1000)
  String note;

  /** For JPA. */
  protected QuoteEventEntity() {}

  QuoteEventEntity(
      String eventId,
      String quoteId,
      int seq,
      String type,
      Instant occurredAt,
      String actor,
      boolean byService) {
    this.eventId = eventId;
    this.quoteId = quoteId;
    this.seq = seq;
    this.type = type;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.byService = byService;
  }
}
