package org.clubaide.core.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.Identity;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.KindOfHelp;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.terms.TermsVersion;

/** Test data for the network: members with identifying data everywhere, requests, candidates. */
final class NetworkFixtures {

  static final TermsVersion TERMS = new TermsVersion("V3/2018", LocalDate.of(2018, 9, 16));

  static final byte[] LABEL_KEY = "a test key of thirty-two bytes!!".getBytes();

  static final Actor AGENT = Actor.agent("agent@clubaide.invalid");

  private NetworkFixtures() {}

  /** Éloïse Dupont-Lefèvre of Boulangerie Lefèvre SARL, in Lyon. */
  static Member eloise(Clock clock) {
    return aMember(
        new Identity("Éloïse", "Dupont-Lefèvre", Optional.of("Boulangerie Lefèvre SARL")),
        new ContactDetails(
            "eloise.dupont@lefevre-boulangerie.fr",
            "+33 6 12 34 56 78",
            "12 rue des Lilas\n69003 Lyon"),
        clock);
  }

  /** Marc Martin, without organisation. */
  static Member marc(Clock clock) {
    return aMember(
        new Identity("Marc", "Martin", Optional.empty()),
        new ContactDetails(
            "m.martin@example.org", "01 23 45 67 89", "3 place Bellecour, 69002 Lyon"),
        clock);
  }

  static Member aMember(Identity identity, ContactDetails contact, Clock clock) {
    return Member.register(
        MemberId.newId(),
        identity,
        contact,
        TERMS,
        Channel.WEB,
        Map.of(),
        Member.DEFAULT_PARTICIPATION_PERIOD,
        clock);
  }

  static Actor actorOf(Member member) {
    return Actor.member(member.contact().email(), member.id());
  }

  /** A request whose title and description are full of the member's identifying data. */
  static HelpRequest aRequestBy(Member member, Clock clock) {
    Identity who = member.identity();
    ContactDetails contact = member.contact();
    return HelpRequest.submit(
        member.id(),
        Channel.WEB,
        actorOf(member),
        who.displayName() + " of " + who.organisation().orElse("my firm") + " needs help",
        "I am "
            + who.displayName()
            + ", call me on "
            + contact.phone()
            + " or write to "
            + contact.email()
            + " or "
            + contact.postalAddress()
            + ". My bakery cannot pay its supplier on time.",
        Set.of(KindOfHelp.INFORMATION, KindOfHelp.HELP),
        LocalDate.now(clock).plusDays(20),
        clock);
  }

  static Set<SkillTag> skills(String... typed) {
    return skillsOf(Set.of(typed));
  }

  static Set<SkillTag> skillsOf(Set<String> typed) {
    Set<SkillTag> tags = new HashSet<>();
    for (String skill : typed) {
      tags.add(SkillTag.of(skill));
    }
    return tags;
  }

  static Candidate eligible(Participant participant, String... skills) {
    return Candidate.of(participant, List.of(skills), true, true, true);
  }
}
