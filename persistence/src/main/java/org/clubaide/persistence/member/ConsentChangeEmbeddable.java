package org.clubaide.persistence.member;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.clubaide.persistence.support.InstantConverter;

/** One row of {@code consent_change}. */
@Embeddable
public class ConsentChangeEmbeddable {

  @Column(name = "field_group", length = 20, nullable = false)
  String fieldGroup;

  @Column(name = "visibility", length = 20, nullable = false)
  String visibility;

  @Convert(converter = InstantConverter.class)
  @Column(name = "changed_at", nullable = false)
  Instant changedAt;

  @Column(name = "changed_by", length = 254, nullable = false)
  String changedBy;

  /** For JPA. */
  protected ConsentChangeEmbeddable() {}

  ConsentChangeEmbeddable(
      String fieldGroup, String visibility, Instant changedAt, String changedBy) {
    this.fieldGroup = fieldGroup;
    this.visibility = visibility;
    this.changedAt = changedAt;
    this.changedBy = changedBy;
  }
}
