package org.clubaide.persistence.quote;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.clubaide.persistence.support.InstantConverter;

/**
 * A quote (table {@code quote}). Each price is an exact amount and its currency code; the status is
 * the stored one (PROPOSED, ACCEPTED or DECLINED), never the derived EXPIRED; the {@code accepted*}
 * fields are set with ACCEPTED only. Events live in {@code quote_event}.
 */
@Entity
@Table(name = "quote")
public class QuoteEntity {

  @Id
  @Column(name = "id", length = 36)
  String id;

  @Version
  @Column(name = "version")
  long version;

  @Column(name = "request_id", length = 36, nullable = false)
  String requestId;

  @Column(name = "provider_kind", length = 10, nullable = false)
  String providerKind;

  @Column(name = "provider_member_id", length = 36)
  String providerMemberId;

  @Column(name = "provider_partner_ref", length = 120)
  String providerPartnerRef;

  @Column(name = "proposed_by", length = 254, nullable = false)
  String proposedBy;

  @Column(name = "title", length = 120, nullable = false)
  String title;

  @Column(name = "scope", length = 4000, nullable = false)
  String scope;

  @Column(name = "usual_amount", precision = 19, scale = 4, nullable = false)
  BigDecimal usualAmount;

  @Column(name = "usual_currency", length = 3, nullable = false)
  String usualCurrency;

  @Column(name = "member_amount", precision = 19, scale = 4, nullable = false)
  BigDecimal memberAmount;

  @Column(name = "member_currency", length = 3, nullable = false)
  String memberCurrency;

  @Column(name = "duration_amount", nullable = false)
  int durationAmount;

  @Column(name = "duration_unit", length = 10, nullable = false)
  String durationUnit;

  @Column(name = "valid_until", nullable = false)
  LocalDate validUntil;

  @Convert(converter = InstantConverter.class)
  @Column(name = "proposed_at", nullable = false)
  Instant proposedAt;

  @Column(name = "status", length = 10, nullable = false)
  String status;

  @Column(name = "accepted_notice_version", length = 40)
  String acceptedNoticeVersion;

  @Convert(converter = InstantConverter.class)
  @Column(name = "accepted_at")
  Instant acceptedAt;

  @Column(name = "accepted_by", length = 254)
  String acceptedBy;

  /** For JPA. */
  protected QuoteEntity() {}

  QuoteEntity(String id) {
    this.id = id;
  }
}
