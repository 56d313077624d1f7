package org.clubaide.persistence.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.FieldGroup;
import org.clubaide.core.member.Identity;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.MemberRepository;
import org.clubaide.core.member.Visibility;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.terms.TermsVersion;
import org.clubaide.persistence.testing.Database;
import org.clubaide.persistence.testing.DatabaseContract;
import org.clubaide.persistence.testing.Members;
import org.clubaide.persistence.testing.TestClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What {@link JpaMemberRepository} keeps of a member: everything, and changes in order. */
abstract class MemberRepositoryContract extends DatabaseContract {

  private static final TermsVersion NEW_TERMS =
      new TermsVersion("V1/2025", LocalDate.of(2025, 1, 1));

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
}
