package org.clubaide.persistence.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.Profile;
import org.clubaide.core.network.Candidate;
import org.clubaide.core.network.Participant;
import org.clubaide.core.network.PartnerId;
import org.clubaide.core.network.SkillTag;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.terms.TermsVersion;
import org.clubaide.persistence.testing.Database;
import org.clubaide.persistence.testing.DatabaseContract;
import org.clubaide.persistence.testing.Members;
import org.clubaide.persistence.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What {@link JpaNetworkDirectory} makes of members and partners: each member's profile entries as
 * skill tags, their offer, whether their participation runs today and whether they accepted the
 * terms in force today; each partner's skills and state; partners by login; contact details.
 */
abstract class NetworkDirectoryContract extends DatabaseContract {

  /** A version in force since 1 January 2025, before the test clock's day. */
  private static final TermsVersion NEW_TERMS =
      new TermsVersion("V1/2025", LocalDate.of(2025, 1, 1));

  /** A clock of its own for each test: the test instance is shared by the class's tests. */
  private TestClock clock;

  NetworkDirectoryContract(Database target) {
    super(target);
  }

  @BeforeEach
  void publishTerms() {
    clock = TestClock.atServiceStart();
    db.execute(
        "INSERT INTO terms_version (label, valid_from) VALUES ('V1/2025', DATE '2025-01-01')",
        "INSERT INTO terms_version (label, valid_from) VALUES ('V2/2026', DATE '2026-01-01')");
  }

  private <T> T inDirectory(Function<JpaNetworkDirectory, T> read) {
    return db.inTransaction(
        unit -> {
          JpaNetworkDirectory directory = unit.adapter(JpaNetworkDirectory.class);
          directory.clock = clock;
          return read.apply(directory);
        });
  }

  private Map<Participant, Candidate> candidates() {
    List<Candidate> all = new ArrayList<>();
    inDirectory(d -> d.candidates()).forEach(all::add);
    Map<Participant, Candidate> byParticipant =
        all.stream().collect(Collectors.toMap(Candidate::participant, c -> c));
    assertEquals(all.size(), byParticipant.size(), "each participant once");
    return byParticipant;
  }

  /** A member who offered this profile and accepted the terms in force. */
  private Member offering(String email, Profile profile) {
    Member registered =
        Members.alsoAccepted(
            Members.aMember(email, clock.instant()),
            NEW_TERMS,
            Network.tick(clock).instant(),
            Channel.WEB);
    return Network.saved(db, Network.described(registered, profile, clock));
  }

  private static Set<SkillTag> tags(String... typed) {
    return Arrays.stream(typed).map(SkillTag::of).collect(Collectors.toSet());
  }

  @Test
  @DisplayName(
      "R-MEM-3 a member's skills, hobbies and particularities become normalised tags; an entry too"
          + " long for a tag is left out")
  void memberEntriesBecomeTags() {
    String tooLong = "Paie et déclarations sociales des très petites entreprises du bâtiment";
    Member ada =
        offering(
            "ada.lovelace@example.org",
            new Profile(
                List.of("Comptabilité  Analytique", "Cash-flow", tooLong),
                List.of("Échecs"),
                List.of("Parle japonais"),
                true));

    Candidate candidate = candidates().get(Participant.member(ada.id()));

    assertEquals(
        tags("comptabilite analytique", "cash-flow", "echecs", "parle japonais"),
        candidate.skills());
    assertTrue(tooLong.length() > SkillTag.MAX_LENGTH);
    assertTrue(candidate.offeredToNetwork());
    assertTrue(candidate.active());
    assertTrue(candidate.acceptedCurrentTerms());
    assertTrue(candidate.mayBeCalledOn());
  }

  @Test
  @DisplayName(
      "R-MEM-3 R-MEM-6 R-MEM-7 R-MEM-2 who may be called on: offered, running today (not lapsed,"
          + " not ended), current terms accepted")
  void eligibilityFacts() {
    Profile skills = new Profile(List.of("Audit"), List.of(), List.of(), true);
    Member eligible = offering("eligible@example.org", skills);
    Member notOffered =
        offering("private@example.org", new Profile(List.of("Audit"), List.of(), List.of(), false));
    Member lapsed =
        Network.saved(
            db,
            Members.with(
                Network.described(
                    Members.alsoAccepted(
                        Members.aMember("lapsed@example.org", clock.instant()),
                        NEW_TERMS,
                        clock.instant(),
                        Channel.WEB),
                    skills,
                    clock),
                s ->
                    new Member.Snapshot(
                        s.id(),
                        s.identity(),
                        s.contact(),
                        s.registeredAt(),
                        s.acceptances(),
                        s.visibility(),
                        s.consentHistory(),
                        s.profile(),
                        s.networkOfferHistory(),
                        s.photoRef(),
                        s.status(),
                        clock.today().minusDays(1),
                        s.endedAt(),
                        s.erased(),
                        s.version())));
    Member endsToday =
        Network.saved(
            db,
            Members.with(
                Network.reloaded(db, offering("last.day@example.org", skills).id()),
                s ->
                    new Member.Snapshot(
                        s.id(),
                        s.identity(),
                        s.contact(),
                        s.registeredAt(),
                        s.acceptances(),
                        s.visibility(),
                        s.consentHistory(),
                        s.profile(),
                        s.networkOfferHistory(),
                        s.photoRef(),
                        s.status(),
                        clock.today(),
                        s.endedAt(),
                        s.erased(),
                        s.version())));
    Member ended = Network.reloaded(db, offering("ended@example.org", skills).id());
    ended.endParticipation("ended@example.org", Network.tick(clock).instant());
    Network.saved(db, ended);
    Member oldTermsOnly =
        Network.saved(
            db,
            Network.described(
                Members.aMember("old.terms@example.org", clock.instant()), skills, clock));

    Map<Participant, Candidate> candidates = candidates();

    assertTrue(candidates.get(Participant.member(eligible.id())).mayBeCalledOn());
    assertFalse(candidates.get(Participant.member(notOffered.id())).offeredToNetwork());
    assertEquals(
        tags("audit"),
        candidates.get(Participant.member(notOffered.id())).skills(),
        "still listed");
    assertFalse(candidates.get(Participant.member(lapsed.id())).active(), "lapsed yesterday");
    assertTrue(candidates.get(Participant.member(endsToday.id())).active(), "runs through today");
    assertFalse(candidates.get(Participant.member(ended.id())).active());
    Candidate old = candidates.get(Participant.member(oldTermsOnly.id()));
    assertFalse(old.acceptedCurrentTerms(), "accepted V3/2018 only, V1/2025 is in force");
    assertTrue(old.active());
    assertEquals(6, candidates.size());
  }

  @Test
  @DisplayName(
      "R-MEM-2 the terms in force are those of the day: a version valid from tomorrow does"
          + " not count yet")
  void termsInForceFollowTheClock() {
    Member ada =
        offering(
            "ada.lovelace@example.org", new Profile(List.of("Audit"), List.of(), List.of(), true));
    Participant member = Participant.member(ada.id());
    assertTrue(candidates().get(member).acceptedCurrentTerms());

    clock.advance(Duration.ofDays(365));

    assertFalse(candidates().get(member).acceptedCurrentTerms(), "V2/2026 is in force now");
    assertEquals(
        Optional.of(false), inDirectory(d -> d.find(member)).map(Candidate::acceptedCurrentTerms));
  }

  @Test
  @DisplayName(
      "R-NET-1 partners are candidates with their skills, always offered, active as recorded,"
          + " needing no member terms")
  void partnersAreCandidates() {
    Network.Partner firm =
        Network.savedPartner(
            db, "Cabinet Dupont", "dupont@firm.example", true, List.of("Audit", "Droit  Social"));
    Network.Partner dormant = Network.savedPartner(db, "Expert Martin", null, false, List.of());

    Map<Participant, Candidate> candidates = candidates();

    assertEquals(
        new Candidate(firm.participant(), tags("audit", "droit social"), true, true, true),
        candidates.get(firm.participant()));
    assertEquals(
        new Candidate(dormant.participant(), Set.of(), true, false, true),
        candidates.get(dormant.participant()));
    assertEquals(2, candidates.size());
  }

  @Test
  @DisplayName("R-NET-1 one member or partner is found as the whole list shows them; nobody else")
  void findOne() {
    Member ada =
        offering(
            "ada.lovelace@example.org",
            new Profile(List.of("Audit"), List.of("Chess"), List.of(), true));
    Member grace = Network.savedMember(db, "grace.hopper@example.org", clock);
    Network.Partner firm =
        Network.savedPartner(db, "Cabinet Dupont", "dupont@firm.example", true, List.of("Audit"));
    Map<Participant, Candidate> all = candidates();

    for (Participant p :
        List.of(Participant.member(ada.id()), Participant.member(grace.id()), firm.participant())) {
      assertEquals(Optional.of(all.get(p)), inDirectory(d -> d.find(p)));
    }
    assertEquals(Optional.empty(), inDirectory(d -> d.find(Participant.member(MemberId.newId()))));
    assertEquals(
        Optional.empty(), inDirectory(d -> d.find(Participant.partner(PartnerId.newId()))));
  }

  @Test
  @DisplayName(
      "R-NET-1 a partner's login resolves to the partner; a member's or an unknown login to"
          + " nothing")
  void partnerForLogin() {
    Network.Partner firm =
        Network.savedPartner(db, "Cabinet Dupont", "dupont@firm.example", true, List.of());
    Network.savedPartner(db, "Expert Martin", null, true, List.of());
    Member ada = Network.savedMember(db, "ada.lovelace@example.org", clock);

    assertEquals(Optional.of(firm.id()), inDirectory(d -> d.partnerFor("dupont@firm.example")));
    assertEquals(Optional.empty(), inDirectory(d -> d.partnerFor(ada.contact().email())));
    assertEquals(Optional.empty(), inDirectory(d -> d.partnerFor(Network.unknownLogin())));
  }

  @Test
  @DisplayName("R-NET-3 the contact book reads a member's and a partner's current contact details")
  void contactBook() {
    Member ada = Network.savedMember(db, "ada.lovelace@example.org", clock);
    Network.Partner firm =
        Network.savedPartner(db, "Cabinet Dupont", "dupont@firm.example", true, List.of());
    Member moved =
        Network.saved(
            db,
            Members.withContact(
                Network.reloaded(db, ada.id()),
                new ContactDetails("ada@example.net", "+33 6 12 34 56 78", "3 rue Neuve\nLyon")));

    assertEquals(
        Optional.of(moved.contact()), inDirectory(d -> d.contactOf(Participant.member(ada.id()))));
    assertEquals(Optional.of(firm.contact()), inDirectory(d -> d.contactOf(firm.participant())));
    assertEquals(
        Optional.empty(), inDirectory(d -> d.contactOf(Participant.member(MemberId.newId()))));
    assertEquals(
        Optional.empty(), inDirectory(d -> d.contactOf(Participant.partner(PartnerId.newId()))));
  }
}
