package org.clubaide.persistence.network;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A participant in a list, at its place {@link #seq}: one row of {@code call_recipient} or {@code
 * call_event_participant}. Exactly one of {@link #memberId} and {@link #partnerId} is set.
 */
@Embeddable
public class ParticipantEmbeddable {

  @Column(name = "seq", nullable = false)
  int seq;

  @Column(name = "member_id", length = 36)
  String memberId;

  @Column(name = "partner_id", length = 36)
  String partnerId;

  /** For JPA. */
  protected ParticipantEmbeddable() {}

  ParticipantEmbeddable(int seq, String memberId, String partnerId) {
    this.seq = seq;
    this.memberId = memberId;
    this.partnerId = partnerId;
  }
}
