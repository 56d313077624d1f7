package org.clubaide.persistence.network;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.Profile;
import org.clubaide.core.network.AnonymousRequestView;
import org.clubaide.core.network.CallForHelp;
import org.clubaide.core.network.Introduction;
import org.clubaide.core.network.Participant;
import org.clubaide.core.network.PartnerId;
import org.clubaide.core.network.SkillTag;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.KindOfHelp;
import org.clubaide.core.request.RequestId;
import org.clubaide.persistence.member.JpaMemberRepository;
import org.clubaide.persistence.request.JpaHelpRequestRepository;
import org.clubaide.persistence.testing.HelpRequests;
import org.clubaide.persistence.testing.Members;
import org.clubaide.persistence.testing.TestClock;
import org.clubaide.persistence.testing.TestDatabase;

/**
 * Members, partners, calls for help and introductions for the network contract tests. Members and
 * requests go through their adapters; partners, which the application only reads, are written in
 * plain SQL, as the Service records them. The clock moves a minute before each verb.
 */
final class Network {

  /** The agent who sends calls and proposes introductions. */
  static final String AGENT = HelpRequests.AGENT.login();

  private Network() {}

  /** A partner as the Service records it. */
  record Partner(
      PartnerId id,
      String name,
      String login,
      ContactDetails contact,
      boolean active,
      List<String> skills) {

    Participant participant() {
      return Participant.partner(id);
    }
  }

  /** Registers a member with this e-mail address. */
  static Member savedMember(TestDatabase db, String email, TestClock clock) {
    return saved(db, Members.aMember(email, clock.instant()));
  }

  /** Stores the member as it is. */
  static Member saved(TestDatabase db, Member member) {
    db.run(unit -> unit.adapter(JpaMemberRepository.class).save(member));
    return member;
  }

  /** The member as stored now, with the version storage gave it. */
  static Member reloaded(TestDatabase db, MemberId id) {
    return db.inTransaction(unit -> unit.adapter(JpaMemberRepository.class).findById(id))
        .orElseThrow();
  }

  /** The member after describing this profile. */
  static Member described(Member member, Profile profile, TestClock clock) {
    Member copy = Members.copyOf(member);
    copy.describe(profile, copy.contact().email(), tick(clock).instant());
    return copy;
  }

  /** Submits and stores a help request of the member. */
  static RequestId savedRequest(TestDatabase db, MemberId requester, TestClock clock) {
    HelpRequest request = HelpRequests.submitted(requester, clock);
    db.run(unit -> unit.adapter(JpaHelpRequestRepository.class).save(request));
    return request.id();
  }

  /** Records a partner in plain SQL; with a login, its account too. Returns what was recorded. */
  static Partner savedPartner(
      TestDatabase db, String name, String login, boolean active, List<String> skills) {
    PartnerId id = PartnerId.newId();
    String email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "@partner.example";
    ContactDetails contact =
        new ContactDetails(email, "+33 4 72 00 00 00", "2 quai Perrache\nLyon");
    if (login != null) {
      db.execute(
          "INSERT INTO account (login, version, password_hash, member_id, created_at) VALUES ('"
              + login
              + "', 1, 'hash', NULL, TIMESTAMP '2025-03-01 09:00:00')",
          "INSERT INTO account_role (login, role) VALUES ('" + login + "', 'PARTNER')");
    }
    db.execute(
        "INSERT INTO partner (id, name, login, email, phone, postal_address, active) VALUES ('"
            + id
            + "', '"
            + name
            + "', "
            + (login == null ? "NULL" : "'" + login + "'")
            + ", '"
            + contact.email()
            + "', '"
            + contact.phone()
            + "', '"
            + contact.postalAddress()
            + "', "
            + active
            + ")");
    for (String skill : skills) {
      db.execute(
          "INSERT INTO partner_skill (partner_id, skill_text) VALUES ('"
              + id
              + "', '"
              + skill.replace("'", "''")
              + "')");
    }
    return new Partner(id, name, login, contact, active, List.copyOf(skills));
  }

  /** The anonymous view of a request, as the anonymity policy would have built it. */
  static AnonymousRequestView view(TestClock clock) {
    return AnonymousRequestView.restore(
        "Member #7F3A0C",
        EnumSet.of(KindOfHelp.INFORMATION, KindOfHelp.DOCUMENT),
        clock.today().plusDays(30),
        Set.of(SkillTag.of("Comptabilité analytique"), SkillTag.of("cash   flow")),
        "A workshop owner opening a second site needs a twelve-month cash-flow plan.");
  }

  /** A call about the request, sent to the recipients in this order. */
  static CallForHelp sent(
      RequestId request, MemberId requester, List<Participant> recipients, TestClock clock) {
    return CallForHelp.send(request, requester, view(clock), recipients, AGENT, tick(clock));
  }

  /** Everything a call holds but its version. */
  static CallForHelp.Snapshot state(CallForHelp call) {
    CallForHelp.Snapshot s = call.snapshot();
    return new CallForHelp.Snapshot(
        s.id(),
        s.requestId(),
        s.view(),
        s.recipients(),
        s.sentAt(),
        s.sentBy(),
        s.status(),
        s.closeReason(),
        s.answers(),
        s.timeline(),
        0);
  }

  /** Everything an introduction holds but its version. */
  static Introduction.Snapshot state(Introduction introduction) {
    Introduction.Snapshot s = introduction.snapshot();
    return new Introduction.Snapshot(
        s.id(),
        s.requestId(),
        s.callId(),
        s.requester(),
        s.helper(),
        s.proposedAt(),
        s.status(),
        s.requesterConsent(),
        s.helperConsent(),
        s.timeline(),
        0);
  }

  /** A login that belongs to nobody. */
  static String unknownLogin() {
    return "nobody-" + UUID.randomUUID() + "@example.org";
  }

  /** Moves the clock a minute on. */
  static TestClock tick(TestClock clock) {
    return clock.advance(Duration.ofMinutes(1));
  }
}
