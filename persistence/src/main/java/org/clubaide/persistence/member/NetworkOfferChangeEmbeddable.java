package org.clubaide.persistence.member;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.clubaide.persistence.support.InstantConverter;

/** One row of {@code network_offer_change}. */
@Embeddable
public class NetworkOfferChangeEmbeddable {

  @Column(name = "offered", nullable = false)
  boolean offered;

  @Convert(converter = InstantConverter.class)
  @Column(name = "changed_at", nullable = false)
  Instant changedAt;

  @Column(name = "changed_by", length = 254, nullable = false)
  String changedBy;

  /** For JPA. */
  protected NetworkOfferChangeEmbeddable() {}

  NetworkOfferChangeEmbeddable(boolean offered, Instant changedAt, String changedBy) {
    this.offered = offered;
    this.changedAt = changedAt;
    this.changedBy = changedBy;
  }
}
