package org.clubaide.persistence.request;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.clubaide.persistence.support.InstantConverter;

/**
 * One timeline event (table {@code request_event}). Event types share generic columns; {@link
 * RequestEventMapper} says which column holds what for each type.
 */
@Entity
@Table(name = "request_event")
public class RequestEventEntity {

  @Id
  @Column(name = "event_id", length = 36)
  String eventId;

  @Column(name = "request_id", length = 36, nullable = false)
  String requestId;

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

  @Column(name = "text_value", length = 2000)
  String text;

  @Column(name = "code_value", length = 40)
  String code;

  @Column(name = "date_value")
  LocalDate date;

  @Column(name = "date_value2")
  LocalDate date2;

  @Column(name = "flag_value")
  Boolean flag;

  @Column(name = "ref_value", length = 36)
  String ref;

  /** For JPA. */
  protected RequestEventEntity() {}

  RequestEventEntity(
      String eventId, String requestId, int seq, String type, Instant occurredAt, String actor,
      boolean byService) {
    this.eventId = eventId;
    this.requestId = requestId;
    this.seq = seq;
    this.type = type;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.byService = byService;
  }
}
