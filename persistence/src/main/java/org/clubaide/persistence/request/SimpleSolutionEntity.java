package org.clubaide.persistence.request;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.clubaide.persistence.support.InstantConverter;

/** A simple solution (table {@code simple_solution}). */
@Entity
@Table(name = "simple_solution")
public class SimpleSolutionEntity {

  @Id
  @Column(name = "id", length = 36)
  String id;

  @Column(name = "request_id", length = 36, nullable = false)
  String requestId;

  @Column(name = "seq", nullable = false)
  int seq;

  @Column(name = "title", length = 200, nullable = false)
  String title;

  @Column(name = "content", length = 4000, nullable = false)
  String content;

  @Column(name = "proposed_by", length = 254, nullable = false)
  String proposedBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "proposed_at", nullable = false)
  Instant proposedAt;

  /** For JPA. */
  protected SimpleSolutionEntity() {}
}
