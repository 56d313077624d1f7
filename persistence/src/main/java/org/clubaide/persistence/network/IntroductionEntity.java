package org.clubaide.persistence.network;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.clubaide.persistence.support.InstantConverter;

/**
 * An introduction (table {@code introduction}): the requester, the helper (a member or a partner),
 * the status and each side's consent (time, channel, the login that recorded it), all three set or
 * none. Events live in {@code introduction_event}.
 */
@Entity
@Table(name = "introduction")
public class IntroductionEntity {

  @Id
  @Column(name = "id", length = 36)
  String id;

  @Version
  @Column(name = "version")
  long version;

  @Column(name = "request_id", length = 36, nullable = false)
  String requestId;

  @Column(name = "call_id", length = 36, nullable = false)
  String callId;

  @Column(name = "requester_id", length = 36, nullable = false)
  String requesterId;

  @Column(name = "helper_member_id", length = 36)
  String helperMemberId;

  @Column(name = "helper_partner_id", length = 36)
  String helperPartnerId;

  @Convert(converter = InstantConverter.class)
  @Column(name = "proposed_at", nullable = false)
  Instant proposedAt;

  @Column(name = "status", length = 20, nullable = false)
  String status;

  @Convert(converter = InstantConverter.class)
  @Column(name = "requester_consent_at")
  Instant requesterConsentAt;

  @Column(name = "requester_consent_channel", length = 10)
  String requesterConsentChannel;

  @Column(name = "requester_consent_by", length = 254)
  String requesterConsentBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "helper_consent_at")
  Instant helperConsentAt;

  @Column(name = "helper_consent_channel", length = 10)
  String helperConsentChannel;

  @Column(name = "helper_consent_by", length = 254)
  String helperConsentBy;

  /** For JPA. */
  protected IntroductionEntity() {}

  IntroductionEntity(String id) {
    this.id = id;
  }
}
