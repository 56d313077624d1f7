package org.clubaide.web.ui;

import org.clubaide.core.member.MemberId;
import org.clubaide.core.network.Participant;
import org.clubaide.core.network.PartnerId;

/** A participant as a form value: {@code MEMBER:<id>} or {@code PARTNER:<id>}. */
final class Participants {

  private Participants() {}

  static String key(Participant participant) {
    return (participant instanceof Participant.OfMember ? "MEMBER:" : "PARTNER:")
        + participant.uuid();
  }

  static Participant of(String key) {
    if (key != null && key.startsWith("MEMBER:")) {
      return Participant.member(MemberId.of(key.substring(7)));
    }
    if (key != null && key.startsWith("PARTNER:")) {
      return Participant.partner(PartnerId.of(key.substring(8)));
    }
    throw new IllegalArgumentException("Not a participant: " + key);
  }
}
