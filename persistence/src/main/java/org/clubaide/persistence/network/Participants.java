package org.clubaide.persistence.network;

import java.util.ArrayList;
import java.util.List;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.network.Participant;
import org.clubaide.core.network.PartnerId;

/**
 * Converts a participant to its two columns, {@code member_id} and {@code partner_id}, and back.
 */
final class Participants {

  private Participants() {}

  /** The {@code member_id} column: the member's identifier, or null for a partner. */
  static String memberId(Participant participant) {
    return participant instanceof Participant.OfMember m ? m.id().toString() : null;
  }

  /** The {@code partner_id} column: the partner's identifier, or null for a member. */
  static String partnerId(Participant participant) {
    return participant instanceof Participant.OfPartner p ? p.id().toString() : null;
  }

  /** The participant of the two columns, exactly one of which is set. */
  static Participant of(String memberId, String partnerId) {
    if ((memberId == null) == (partnerId == null)) {
      throw new IllegalStateException(
          "A participant is a member or a partner: member_id "
              + memberId
              + ", partner_id "
              + partnerId);
    }
    return memberId != null
        ? Participant.member(MemberId.of(memberId.strip()))
        : Participant.partner(PartnerId.of(partnerId.strip()));
  }

  /** The rows of a list of participants, numbered from 0 in order. */
  static List<ParticipantEmbeddable> rows(List<Participant> participants) {
    List<ParticipantEmbeddable> rows = new ArrayList<>(participants.size());
    for (Participant p : participants) {
      rows.add(new ParticipantEmbeddable(rows.size(), memberId(p), partnerId(p)));
    }
    return rows;
  }
}
