package org.clubaide.core.notification;

import java.util.Objects;
import java.util.UUID;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.network.Participant;
import org.clubaide.core.network.PartnerId;

/**
 * Who a notification is for: a member, a partner of the network, or the central Service's shared
 * inbox, which every agent reads. Stored and compared through its {@link #key() key}.
 */
public sealed interface Recipient
    permits Recipient.OfMember, Recipient.OfPartner, Recipient.ServiceInbox {

  /** The Service's inbox. */
  Recipient SERVICE = new ServiceInbox();

  /** The stable text form: {@code member:<uuid>}, {@code partner:<uuid>} or {@code service}. */
  String key();

  /** The member as a recipient. */
  static Recipient member(MemberId member) {
    return new OfMember(member);
  }

  /** The partner as a recipient. */
  static Recipient partner(PartnerId partner) {
    return new OfPartner(partner);
  }

  /** A member or partner of the network as a recipient. */
  static Recipient of(Participant participant) {
    Objects.requireNonNull(participant, "participant");
    if (participant instanceof Participant.OfMember m) {
      return member(m.id());
    }
    return partner(((Participant.OfPartner) participant).id());
  }

  /**
   * Reads a {@link #key() key} back.
   *
   * @throws IllegalArgumentException when the text is no recipient key
   */
  static Recipient parse(String key) {
    Objects.requireNonNull(key, "key");
    if (key.equals("service")) {
      return SERVICE;
    }
    if (key.startsWith("member:")) {
      return member(new MemberId(UUID.fromString(key.substring("member:".length()))));
    }
    if (key.startsWith("partner:")) {
      return partner(new PartnerId(UUID.fromString(key.substring("partner:".length()))));
    }
    throw new IllegalArgumentException("Not a recipient: " + key);
  }

  /**
   * A member of the club.
   *
   * @param id the member
   */
  record OfMember(MemberId id) implements Recipient {

    /** Checks the argument. */
    public OfMember {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String key() {
      return "member:" + id;
    }
  }

  /**
   * A partner of the network.
   *
   * @param id the partner
   */
  record OfPartner(PartnerId id) implements Recipient {

    /** Checks the argument. */
    public OfPartner {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String key() {
      return "partner:" + id;
    }
  }

  /** The central Service's shared inbox; use {@link Recipient#SERVICE}. */
  record ServiceInbox() implements Recipient {

    @Override
    public String key() {
      return "service";
    }
  }
}
