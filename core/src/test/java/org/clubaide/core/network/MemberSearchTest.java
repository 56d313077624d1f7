package org.clubaide.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.Identity;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberCard;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.Profile;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.core.terms.TermsVersion;
import org.clubaide.core.testing.Actors;
import org.clubaide.core.testing.FixedTermsCatalogue;
import org.clubaide.core.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Service's search of members by skill (R-MEM-3, R-NET-1, R-PRV-3). */
class MemberSearchTest {

  private static final TermsVersion TERMS = FixedTermsCatalogue.V3_2018;
  private final Clock clock = MutableClock.atServiceStart();
  private final Instant now = clock.instant();
  private final InMemoryMembers members = new InMemoryMembers();
  private final MemberSearch search = new MemberSearch(members);

  /** A member with a fixed identifier, the given skills and hobbies, offered or not. */
  private Member member(String id, List<String> skills, List<String> hobbies, boolean offered) {
    Member m =
        Member.register(
            MemberId.of(id),
            new Identity("Camille", "Roux", Optional.of("Roux Conseil")),
            new ContactDetails(
                "camille." + id.substring(0, 4) + "@example.org",
                "+33 6 12 34 56 78",
                "3 quai de Saône, 69002 Lyon"),
            TERMS,
            Channel.WEB,
            Map.of(),
            Member.DEFAULT_PARTICIPATION_PERIOD,
            clock);
    m.describe(new Profile(skills, hobbies, List.of(), offered), "camille@example.org", now);
    members.save(m);
    return m;
  }

  private static String id(char first, int n) {
    return first + String.format("%07d-0000-4000-8000-000000000000", n);
  }

  @Test
  @DisplayName("R-MEM-3 the Service finds members by a skill whatever its case, accents and spacing")
  void findsBySkillWhateverTheSpelling() {
    Member typedWithAccents = member(id('1', 1), List.of("Comptabilité  Analytique"), List.of(), true);
    Member typedWithout = member(id('2', 2), List.of("comptabilite analytique"), List.of(), false);
    member(id('3', 3), List.of("Fiscalité"), List.of(), true);

    List<MemberCard> found =
        search.bySkill(Actors.agent(), " COMPTABILITÉ analytique ", Optional.empty(), 50);

    assertEquals(List.of(typedWithAccents.id(), typedWithout.id()), ids(found));
    assertEquals(List.of("Comptabilité Analytique"), found.get(0).skills());
    assertTrue(found.get(0).offeredToNetwork());
  }

  @Test
  @DisplayName("R-MEM-3 the search reads skills only, not hobbies or particularities")
  void readsSkillsOnly() {
    member(id('1', 1), List.of("Droit social"), List.of("photographie"), true);

    assertEquals(
        List.of(), search.bySkill(Actors.agent(), "photographie", Optional.empty(), 50));
  }

  @Test
  @DisplayName("R-MEM-6 a member who ended their participation is not found any more")
  void leavesOutEndedMembers() {
    Member ended = member(id('1', 1), List.of("Paie"), List.of(), true);
    Member active = member(id('2', 2), List.of("Paie"), List.of(), true);
    ended.endParticipation("camille@example.org", now);
    members.save(ended);

    assertEquals(
        List.of(active.id()), ids(search.bySkill(Actors.agent(), "paie", Optional.empty(), 50)));
  }

  @Test
  @DisplayName("R-PRV-3 only the Service searches members; a member is refused")
  void onlyTheServiceSearches() {
    Member m = member(id('1', 1), List.of("Paie"), List.of(), true);
    Actor self = Actor.member(m.contact().email(), m.id());

    assertThrows(
        AccessDeniedException.class,
        () -> search.bySkill(self, "paie", Optional.empty(), 50));
  }

  @Test
  @DisplayName("R-MEM-3 a blank skill is refused")
  void refusesBlankSkill() {
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () -> search.bySkill(Actors.agent(), "  ", Optional.empty(), 50));
    assertEquals("R-MEM-3", e.rule());
  }

  @Test
  @DisplayName("pages follow each other by identifier, in text order, each member once")
  void keysetPagesCoverEveryMemberOnce() {
    // Text order and UUID order differ for these: "8…" is a negative most significant half.
    List<MemberId> expected = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      char first = i % 2 == 0 ? '8' : '0';
      expected.add(member(id(first, i), List.of("Export"), List.of(), true).id());
    }
    expected.sort((a, b) -> a.toString().compareTo(b.toString()));

    List<MemberId> seen = new ArrayList<>();
    Optional<MemberId> after = Optional.empty();
    List<MemberCard> page;
    do {
      page = search.bySkill(Actors.agent(), "export", after, 3);
      assertTrue(page.size() <= 3);
      seen.addAll(ids(page));
      after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).id());
    } while (page.size() == 3);

    assertEquals(expected, seen);
  }

  @Test
  @DisplayName("a page holds at most MAX_PAGE members, and at least one is asked for")
  void pageSizeIsBounded() {
    for (int i = 0; i < MemberSearch.MAX_PAGE + 5; i++) {
      member(id('1', i), List.of("Export"), List.of(), true);
    }

    assertEquals(
        MemberSearch.MAX_PAGE,
        search.bySkill(Actors.agent(), "export", Optional.empty(), 1000).size());
    assertEquals(1, search.bySkill(Actors.agent(), "export", Optional.empty(), 0).size());
  }

  private static List<MemberId> ids(List<MemberCard> cards) {
    return cards.stream().map(MemberCard::id).toList();
  }
}
