package org.clubaide.persistence.network;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.clubaide.persistence.support.InstantConverter;

/**
 * One introduction event (table {@code introduction_event}), numbered by {@link #seq} within its
 * introduction; {@link #side} and {@link #channel} are set for a consent or a refusal.
 */
@Entity
@Table(name = "introduction_event")
public class IntroductionEventEntity {

  @Id
  @Column(name = "event_id", length = 36)
  String eventId;

  @Column(name = "introduction_id", length = 36, nullable = false)
  String introductionId;

  @Column(name = "seq", nullable = false)
  int seq;

  @Column(name = "event_type", length = 40, nullable = false)
  String type;

  @Convert(converter = InstantConverter.class)
  @Column(name = "occurred_at", nullable = false)
  Instant occurredAt;

  @Column(name = "actor", length = 254, nullable = false)
  String actor;

  @Column(name = "side", length = 10)
  String side;

  @Column(name = "channel", length = 10)
  String channel;

  /** For JPA. */
  protected IntroductionEventEntity() {}

  IntroductionEventEntity(
      String eventId,
      String introductionId,
      int seq,
      String type,
      Instant occurredAt,
      String actor) {
    this.eventId = eventId;
    this.introductionId = introductionId;
    this.seq = seq;
    this.type = type;
    this.occurredAt = occurredAt;
    this.actor = actor;
  }
}
