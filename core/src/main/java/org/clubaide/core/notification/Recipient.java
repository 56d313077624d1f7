package org.clubaide.core.notification;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.network.Participant;
import org.clubaide.core.network.PartnerId;

/**
 * Who a notification is for: a member, a partner of the network, or the central Service's shared
 * inbox, which every agent reads; or a login, for the e-mails that carry a password link, which
 * nobody's in-app list shows. Stored and compared through its {@link #key() key}.
 */
public sealed interface Recipient
    permits Recipient.OfMember, Recipient.OfPartner, Recipient.ServiceInbox, Recipient.OfLogin {

  /** The Service's inbox. */
  Recipient SERVICE = new ServiceInbox();

  /**
   * The stable text form: {@code member:<uuid>}, {@code partner:<uuid>}, {@code service} or {@code
   * login:<login>}.
   */
  String key();

  /** The member as a recipient. */
  static Recipient member(MemberId member) {
    return new OfMember(member);
  }

  /** The login as a recipient, for e-mails that no in-app list shows (password links). */
  static Recipient login(String login) {
    return new OfLogin(login);
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
    if (key.startsWith("login:")) {
      return login(key.substring("login:".length()));
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

  /**
   * A login, reached at its e-mail address: the login itself, which is an e-mail address for every
   * member. Used for the e-mails carrying a password link (a secret), which no in-app list shows:
   * every list is read by member, partner or Service, never by login.
   *
   * @param login the login, in lower case
   */
  record OfLogin(String login) implements Recipient {

    /** The most characters of a login. */
    public static final int LOGIN_MAX = 254;

    /** Checks and normalises the argument. */
    public OfLogin {
      login = Objects.requireNonNull(login, "login").strip().toLowerCase(Locale.ROOT);
      if (login.isEmpty() || login.length() > LOGIN_MAX) {
        throw new IllegalArgumentException("A login has 1 to " + LOGIN_MAX + " characters");
      }
    }

    @Override
    public String key() {
      return "login:" + login;
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
