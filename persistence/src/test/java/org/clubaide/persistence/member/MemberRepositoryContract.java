package org.clubaide.persistence.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.FieldGroup;
import org.clubaide.core.member.Identity;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.MemberRepository;
import org.clubaide.core.member.NetworkOfferChange;
import org.clubaide.core.member.ParticipationStatus;
import org.clubaide.core.member.Profile;
import org.clubaide.core.member.Visibility;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.terms.TermsVersion;
import org.clubaide.persistence.testing.Database;
import org.clubaide.persistence.testing.DatabaseContract;
import org.clubaide.persistence.testing.Members;
import org.clubaide.persistence.testing.Rows;
import org.clubaide.persistence.testing.Rows.Row;
import org.clubaide.persistence.testing.TestClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What {@link JpaMemberRepository} keeps of a member: everything (identity, contact details,
 * acceptances, visibility choices and their history, profile lists in order, the offer to the
 * network and its history, photo, participation, erasure), and changes in order.
 */
abstract class MemberRepositoryContract extends DatabaseContract {

  private static final TermsVersion NEW_TERMS =
      new TermsVersion("V1/2025", LocalDate.of(2025, 1, 1));

  /** An agent acting on a member's behalf. */
  private static final String AGENT = "agent@clubaide.invalid";

  /** A profile with every list filled and offered to the network. */
  private static final Profile PROFILE =
      new Profile(
          List.of("Cash-flow planning", "Contract law", "Welding"),
          List.of("Choir singing", "Sailing"),
          List.of("Speaks Breton", "Owns a van"),
          true);

  private final TestClock clock = TestClock.atServiceStart();

  MemberRepositoryContract(Database target) {
    super(target);
  }

  private Member saved(Member member) {
    db.run(unit -> unit.adapter(JpaMemberRepository.class).save(member));
    return member;
  }

  private Member reloaded(MemberId id) {
    return db.inTransaction(unit -> unit.adapter(JpaMemberRepository.class).findById(id))
        .orElseThrow();
  }

  /** Reads the member, applies one verb and saves it, in a unit of work of its own. */
  private Member changed(MemberId id, Consumer<Member> verb) {
    return db.inTransaction(
        unit -> {
          JpaMemberRepository members = unit.adapter(JpaMemberRepository.class);
          Member member = members.findById(id).orElseThrow();
          verb.accept(member);
          members.save(member);
          return member;
        });
  }

  /** Saves a new member, then checks it reads back equal, and returns what was read. */
  private Member roundTripped(Member member) {
    saved(member);
    Member read = reloaded(member.id());
    assertEquals(Members.state(member), Members.state(read));
    return read;
  }

  private Instant later() {
    return clock.advance(Duration.ofMinutes(1)).instant();
  }

  @Test
  @DisplayName("R-MEM-1 a registered member reads back with every field, acceptance and choice")
  void roundTrip() {
    Member member = saved(Members.aMember("ada.lovelace@example.org", clock.instant()));

    Member read = reloaded(member.id());

    assertEquals(Members.state(member), Members.state(read));
    assertEquals(1, read.version());
  }

  @Test
  @DisplayName("R-MEM-1 a member without an organisation reads back without one")
  void noOrganisation() {
    Member member = Members.aMember("grace@example.org", clock.instant());
    Member without =
        Members.withIdentity(member, new Identity("Grace", "Hopper", Optional.empty()));
    saved(without);

    assertEquals(Members.state(without), Members.state(reloaded(member.id())));
  }

  @Test
  @DisplayName("R-MEM-1 a member is found by e-mail address whatever its case and spaces")
  void findByEmail() {
    Member member = saved(Members.aMember("ada.lovelace@example.org", clock.instant()));
    saved(Members.aMember("someone.else@example.org", clock.instant()));

    Member found =
        db.inTransaction(
                unit ->
                    unit.adapter(JpaMemberRepository.class)
                        .findByEmail("  Ada.Lovelace@EXAMPLE.org "))
            .orElseThrow();

    assertEquals(member.id(), found.id());
  }

  @Test
  @DisplayName("nothing is found for an unknown identifier or e-mail address")
  void unknown() {
    saved(Members.aMember("ada.lovelace@example.org", clock.instant()));

    db.run(
        unit -> {
          MemberRepository members = unit.adapter(JpaMemberRepository.class);
          assertTrue(members.findById(MemberId.newId()).isEmpty());
          assertTrue(members.findByEmail("nobody@example.org").isEmpty());
        });
  }

  @Test
  @DisplayName("R-MEM-2 R-MEM-5 new acceptances and visibility choices are kept after the old ones")
  void changesAppendInOrder() {
    db.execute(
        "INSERT INTO terms_version (label, valid_from) VALUES ('V1/2025', DATE '2025-01-01')");
    Member member = saved(Members.aMember("ada.lovelace@example.org", clock.instant()));
    Member read = reloaded(member.id());
    Member changed =
        Members.changedVisibility(
            Members.alsoAccepted(
                read, NEW_TERMS, clock.advance(Duration.ofDays(1)).instant(), Channel.EMAIL),
            FieldGroup.CONTACT_DETAILS,
            Visibility.MEMBERS,
            clock.advance(Duration.ofSeconds(1)).instant());
    saved(changed);

    Member again = reloaded(member.id());

    assertEquals(Members.state(changed), Members.state(again));
    assertEquals(
        List.of("V3/2018", "V1/2025"),
        again.acceptances().stream().map(a -> a.versionLabel()).toList());
    assertEquals(5, again.consentHistory().size());
    assertEquals(2, again.version());
  }

  @Test
  @DisplayName("R-MEM-1 changed contact details replace the old ones")
  void contactChanges() {
    Member member = saved(Members.aMember("ada.lovelace@example.org", clock.instant()));
    Member changed =
        Members.withContact(
            reloaded(member.id()),
            new ContactDetails(
                "ada@example.net", "+44 20 7946 0000", "12 St James's Square\nLondon"));
    saved(changed);

    Member again = reloaded(member.id());

    assertEquals(Members.state(changed), Members.state(again));
    assertTrue(
        db.inTransaction(
                unit ->
                    unit.adapter(JpaMemberRepository.class).findByEmail("ada.lovelace@example.org"))
            .isEmpty());
  }

  @Test
  @DisplayName(
      "R-MEM-3 skills, hobbies and particularities read back each in its list, in the member's"
          + " order, with the offer to the network")
  void profileRoundTrip() {
    Member member = saved(Members.aMember("ada.lovelace@example.org", clock.instant()));

    Member described =
        changed(member.id(), m -> m.describe(PROFILE, m.contact().email(), later()));
    Member read = reloaded(member.id());

    assertEquals(Members.state(described), Members.state(read));
    assertEquals(PROFILE, read.profile());
    assertEquals(
        List.of(
            new NetworkOfferChange(
                true,
                described.networkOfferHistory().get(0).changedAt(),
                "ada.lovelace@example.org")),
        read.networkOfferHistory());
    assertEquals(2, read.version(), "a profile change moves the version");
  }

  @Test
  @DisplayName(
      "R-MEM-3 a profile reordered, shrunk, grown and with an entry moved to another list reads"
          + " back exactly so")
  void profileChangesReadBack() {
    Member member = saved(Members.aMember("ada.lovelace@example.org", clock.instant()));
    changed(member.id(), m -> m.describe(PROFILE, m.contact().email(), later()));
    List<Profile> next =
        List.of(
            // Reordered, one entry left out, one text moved from skills to hobbies.
            new Profile(
                List.of("Welding", "Cash-flow planning"),
                List.of("Sailing", "Choir singing", "Contract law"),
                List.of("Owns a van", "Speaks Breton"),
                true),
            // A spelling change that only differs in case, and a list emptied.
            new Profile(
                List.of("welding", "Cash-flow planning", "Bookkeeping"),
                List.of(),
                List.of("Owns a van"),
                true),
            // Emptied altogether.
            new Profile(List.of(), List.of(), List.of(), true),
            // Filled again, with accents and quotes.
            new Profile(
                List.of("Gestion de trésorerie d'atelier", "Négociation « fournisseurs »"),
                List.of("Échecs"),
                List.of(),
                true));

    for (Profile profile : next) {
      Member described = changed(member.id(), m -> m.describe(profile, AGENT, later()));
      Member read = reloaded(member.id());
      assertEquals(Members.state(described), Members.state(read));
      assertEquals(profile, read.profile());
    }
    assertEquals(
        1, reloaded(member.id()).networkOfferHistory().size(), "the offer never changed again");
    assertEquals(2 + next.size(), reloaded(member.id()).version(), "one version per change");
  }

  @Test
  @DisplayName(
      "R-MEM-3 a profile at its limits (three lists of 20 entries of 80 characters) reads back")
  void largestProfile() {
    Member member = Members.aMember("ada.lovelace@example.org", clock.instant());
    member.describe(largest(), member.contact().email(), later());

    Member read = roundTripped(member);

    assertEquals(largest(), read.profile());
    assertEquals(
        3 * Profile.ENTRIES_MAX,
        new Rows(db.dataSource())
            .where("member_profile_entry", "member_id", member.id().toString(), "seq")
            .size());
  }

  /** Three full lists of the longest entries, the same texts in each list. */
  static Profile largest() {
    List<String> entries =
        IntStream.range(0, Profile.ENTRIES_MAX)
            .mapToObj(i -> ("Entry " + (100 + i) + "-").repeat(8).substring(0, Profile.ENTRY_MAX))
            .toList();
    return new Profile(entries, entries, entries, true);
  }

  @Test
  @DisplayName(
      "R-MEM-3 R-MEM-5 every change of the offer to the network is kept, oldest first, with who"
          + " and when; a profile change that keeps the offer adds none")
  void networkOfferHistory() {
    Member member = saved(Members.aMember("ada.lovelace@example.org", clock.instant()));
    Profile withdrawn =
        new Profile(PROFILE.skills(), PROFILE.hobbies(), PROFILE.particularities(), false);
    Profile longer =
        new Profile(List.of("Welding"), PROFILE.hobbies(), PROFILE.particularities(), false);
    Instant first = later();
    changed(member.id(), m -> m.describe(PROFILE, m.contact().email(), first));
    Instant second = later();
    changed(member.id(), m -> m.describe(withdrawn, AGENT, second));
    changed(member.id(), m -> m.describe(longer, m.contact().email(), later()));
    Instant third = later();
    Member last = changed(member.id(), m -> m.describe(PROFILE, m.contact().email(), third));

    Member read = reloaded(member.id());

    assertEquals(Members.state(last), Members.state(read));
    assertEquals(
        List.of(
            new NetworkOfferChange(true, first, "ada.lovelace@example.org"),
            new NetworkOfferChange(false, second, AGENT),
            new NetworkOfferChange(true, third, "ada.lovelace@example.org")),
        read.networkOfferHistory());
    assertTrue(read.profile().skillsOfferedToNetwork());
  }

  @Test
  @DisplayName("R-PRV-2 a photo reference reads back, is replaced, and is removed")
  void photoReference() {
    Member member = saved(Members.aMember("ada.lovelace@example.org", clock.instant()));
    assertTrue(reloaded(member.id()).photoRef().isEmpty());
    String longest = "photos/" + "a".repeat(Member.PHOTO_REF_MAX - 11) + ".jpg";

    changed(member.id(), m -> m.changePhoto(Optional.of("photos/ada-2025.jpg"), AGENT, later()));
    assertEquals(Optional.of("photos/ada-2025.jpg"), reloaded(member.id()).photoRef());
    changed(member.id(), m -> m.changePhoto(Optional.of(longest), AGENT, later()));
    assertEquals(Optional.of(longest), reloaded(member.id()).photoRef());
    Member removed = changed(member.id(), m -> m.changePhoto(Optional.empty(), AGENT, later()));

    Member read = reloaded(member.id());
    assertEquals(Members.state(removed), Members.state(read));
    assertTrue(read.photoRef().isEmpty());
    assertEquals(4, read.version());
  }

  @Test
  @DisplayName(
      "R-MEM-7 a new member reads back active until the same day twelve months after"
          + " registration")
  void participationOfNewMember() {
    Member read = roundTripped(Members.aMember("ada.lovelace@example.org", clock.instant()));

    assertEquals(clock.today().plusMonths(12), read.participationEndsOn());
    assertEquals(ParticipationStatus.ACTIVE, read.participationStatus(clock));
    assertTrue(read.endedAt().isEmpty());
    assertFalse(read.isErased());
  }

  @Test
  @DisplayName(
      "R-MEM-7 a renewal's end date reads back; a lapse is read from the clock, never stored, and"
          + " a renewal after it starts from that day")
  void participationRenewedAndLapsed() {
    Member member = saved(Members.aMember("ada.lovelace@example.org", clock.instant()));
    LocalDate registered = clock.today();
    Period year = Member.DEFAULT_PARTICIPATION_PERIOD;

    changed(member.id(), m -> m.renew(year, m.contact().email(), clock));
    assertEquals(registered.plusMonths(24), reloaded(member.id()).participationEndsOn());

    Clock afterEnd = TestClock.at(clock.instant().plus(Duration.ofDays(2 * 366)));
    Member lapsed = reloaded(member.id());
    assertEquals(ParticipationStatus.LAPSED, lapsed.participationStatus(afterEnd));
    // A lapsed member still changes their profile; the stored status stays ACTIVE.
    changed(member.id(), m -> m.describe(PROFILE, AGENT, afterEnd.instant()));
    assertEquals(
        "ACTIVE",
        new Rows(db.dataSource())
            .where("member", "id", member.id().toString(), "id")
            .get(0)
            .get("status"));

    Member renewed = changed(member.id(), m -> m.renew(year, AGENT, afterEnd));
    Member read = reloaded(member.id());

    assertEquals(Members.state(renewed), Members.state(read));
    assertEquals(LocalDate.now(afterEnd).plus(year), read.participationEndsOn());
    assertEquals(ParticipationStatus.ACTIVE, read.participationStatus(afterEnd));
  }

  @Test
  @DisplayName("R-MEM-6 an ended participation reads back ended, with when, to the microsecond")
  void participationEnded() {
    Member member = saved(Members.aMember("ada.lovelace@example.org", clock.instant()));
    Instant at = later();

    Member ended = changed(member.id(), m -> m.endParticipation(m.contact().email(), at));
    Member read = reloaded(member.id());

    assertEquals(Members.state(ended), Members.state(read));
    assertEquals(ParticipationStatus.ENDED, read.participationStatus(clock));
    assertEquals(Optional.of(at), read.endedAt());
    assertTrue(read.hasEnded());
    assertFalse(read.isErased());
  }

  @Test
  @DisplayName(
      "R-PRV-2 an erased member reads back with the neutral values, and no stored row of theirs"
          + " holds their e-mail, names, contact details, profile or photo")
  void erasure() {
    Member member = saved(Members.aMember("ada.lovelace@example.org", clock.instant()));
    String email = member.contact().email();
    changed(member.id(), m -> m.describe(PROFILE, email, later()));
    changed(
        member.id(), m -> m.changePhoto(Optional.of("photos/ada-lovelace.jpg"), email, later()));
    changed(
        member.id(),
        m -> m.changeVisibility(FieldGroup.PHOTO, Visibility.MEMBERS, email, later()));
    changed(
        member.id(),
        m -> m.changeVisibility(FieldGroup.CONTACT_DETAILS, Visibility.MEMBERS, AGENT, later()));
    Instant at = later();

    Member erased = changed(member.id(), m -> m.erase(email, at));
    Member read = reloaded(member.id());

    String neutral = Member.erasedLogin(member.id());
    assertEquals(Members.state(erased), Members.state(read));
    assertTrue(read.isErased());
    assertEquals(ParticipationStatus.ENDED, read.participationStatus(clock));
    assertEquals(Optional.of(at), read.endedAt());
    assertEquals(Member.ERASED_FIRST_NAME, read.identity().firstName());
    assertEquals(Member.ERASED_LAST_NAME, read.identity().lastName());
    assertTrue(read.identity().organisation().isEmpty());
    assertEquals(neutral, read.contact().email());
    assertEquals(Member.ERASED_PHONE, read.contact().phone());
    assertEquals(Member.ERASED_ADDRESS, read.contact().postalAddress());
    assertEquals(Profile.EMPTY, read.profile());
    assertTrue(read.photoRef().isEmpty());
    assertEquals(
        List.of(neutral), read.networkOfferHistory().stream().map(c -> c.changedBy()).toList());
    assertEquals(
        List.of(neutral, neutral, neutral, neutral, neutral, AGENT),
        read.consentHistory().stream().map(c -> c.changedBy()).toList(),
        "the member's login is replaced, the agent's kept");
    // The visibility choices and the dates stay: they say nothing about who the member was.
    assertEquals(Visibility.MEMBERS, read.visibilityOf(FieldGroup.PHOTO));
    assertEquals(member.registeredAt(), read.registeredAt());
    assertEquals(member.acceptances(), read.acceptances());

    List<String> found = new ArrayList<>();
    List<String> forbidden =
        new ArrayList<>(
            List.of(
                email,
                "Ada",
                "Lovelace",
                "Analytical",
                "+33 1 23 45 67 89",
                "rue de la Paix",
                "photos/ada-lovelace.jpg"));
    forbidden.addAll(PROFILE.entries());
    for (Row row : memberRows(member.id())) {
      forbidden.forEach(text -> found.addAll(row.columnsContaining(text)));
    }
    assertTrue(found.isEmpty(), "identifying data left after erasure: " + found);
    db.run(
        unit -> {
          MemberRepository members = unit.adapter(JpaMemberRepository.class);
          assertTrue(members.findByEmail(email).isEmpty());
          assertEquals(member.id(), members.findByEmail(neutral).orElseThrow().id());
        });
  }

  /** Every stored row of the member, in every table that holds the member's data. */
  private List<Row> memberRows(MemberId id) {
    Rows rows = new Rows(db.dataSource());
    String key = id.toString();
    List<Row> all = new ArrayList<>(rows.where("member", "id", key, "id"));
    all.addAll(rows.where("terms_acceptance", "member_id", key, "terms_label"));
    all.addAll(rows.where("consent_change", "member_id", key, "seq"));
    all.addAll(rows.where("network_offer_change", "member_id", key, "seq"));
    all.addAll(rows.where("member_profile_entry", "member_id", key, "seq"));
    assertFalse(all.isEmpty());
    return all;
  }
}
