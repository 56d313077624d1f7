package org.clubaide.persistence.network;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.clubaide.persistence.support.InstantConverter;

/**
 * One call event (table {@code call_event}), numbered by {@link #seq} within its call. The lists of
 * participants some events carry are rows of {@code call_event_participant}; {@link CallMapper}
 * says which column holds what for each type.
 */
@Entity
@Table(name = "call_event")
public class CallEventEntity {

  @Id
  @Column(name = "event_id", length = 36)
  String eventId;

  @Column(name = "call_id", length = 36, nullable = false)
  String callId;

  @Column(name = "seq", nullable = false)
  int seq;

  @Column(name = "event_type", length = 40, nullable = false)
  String type;

  @Convert(converter = InstantConverter.class)
  @Column(name = "occurred_at", nullable = false)
  Instant occurredAt;

  @Column(name = "actor", length = 254, nullable = false)
  String actor;

  @Column(name = "member_id", length = 36)
  String memberId;

  @Column(name = "partner_id", length = 36)
  String partnerId;

  @Column(name = "solution_id", length = 36)
  String solutionId;

  @Column(name = "solution_title", length = 200)
  String solutionTitle;

  @Column(name = "close_reason", length = 20)
  String closeReason;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "call_event_participant", joinColumns = @JoinColumn(name = "event_id"))
  List<ParticipantEmbeddable> participants = new ArrayList<>();

  /** For JPA. */
  protected CallEventEntity() {}

  CallEventEntity(
      String eventId, String callId, int seq, String type, Instant occurredAt, String actor) {
    this.eventId = eventId;
    this.callId = callId;
    this.seq = seq;
    this.type = type;
    this.occurredAt = occurredAt;
    this.actor = actor;
  }
}
