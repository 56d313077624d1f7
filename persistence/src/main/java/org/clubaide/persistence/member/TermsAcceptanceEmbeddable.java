package org.clubaide.persistence.member;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.clubaide.persistence.support.InstantConverter;

/** One row of {@code terms_acceptance}. */
@Embeddable
public class TermsAcceptanceEmbeddable {

  @Column(name = "terms_label", length = 40, nullable = false)
  String termsLabel;

  @Convert(converter = InstantConverter.class)
  @Column(name = "accepted_at", nullable = false)
  Instant acceptedAt;

  @Column(name = "channel", length = 10, nullable = false)
  String channel;

  /** For JPA. */
  protected TermsAcceptanceEmbeddable() {}

  TermsAcceptanceEmbeddable(String termsLabel, Instant acceptedAt, String channel) {
    this.termsLabel = termsLabel;
    this.acceptedAt = acceptedAt;
    this.channel = channel;
  }
}
