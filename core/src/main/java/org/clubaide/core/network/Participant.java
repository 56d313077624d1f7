package org.clubaide.core.network;

import java.util.Objects;
import java.util.UUID;
import org.clubaide.core.member.MemberId;

/**
 * Someone the network can call on or introduce: a member of the club or a partner of the network
 * (R-NET-1). The requester of an introduction is always a member; a helper is either.
 */
public sealed interface Participant permits Participant.OfMember, Participant.OfPartner {

  /** The underlying identifier, for storage and for a stable order. */
  UUID uuid();

  /** 0 for a member, 1 for a partner: members come first where everything else is equal. */
  int kindOrder();

  /** Whether this participant is the given member. */
  boolean isMember(MemberId member);

  /** The member as a participant. */
  static Participant member(MemberId id) {
    return new OfMember(id);
  }

  /** The partner as a participant. */
  static Participant partner(PartnerId id) {
    return new OfPartner(id);
  }

  /**
   * A member of the club.
   *
   * @param id the member
   */
  record OfMember(MemberId id) implements Participant {

    /** Checks the argument. */
    public OfMember {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public UUID uuid() {
      return id.value();
    }

    @Override
    public int kindOrder() {
      return 0;
    }

    @Override
    public boolean isMember(MemberId member) {
      return id.equals(member);
    }

    @Override
    public String toString() {
      return "member " + id;
    }
  }

  /**
   * A partner of the network.
   *
   * @param id the partner
   */
  record OfPartner(PartnerId id) implements Participant {

    /** Checks the argument. */
    public OfPartner {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public UUID uuid() {
      return id.value();
    }

    @Override
    public int kindOrder() {
      return 1;
    }

    @Override
    public boolean isMember(MemberId member) {
      return false;
    }

    @Override
    public String toString() {
      return "partner " + id;
    }
  }
}
