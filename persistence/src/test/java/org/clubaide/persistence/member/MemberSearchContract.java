package org.clubaide.persistence.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.Identity;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberCard;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.Profile;
import org.clubaide.core.member.SkillKey;
import org.clubaide.core.member.SkillSearch;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.terms.TermsVersion;
import org.clubaide.persistence.testing.Database;
import org.clubaide.persistence.testing.DatabaseContract;
import org.clubaide.persistence.testing.Schema;
import org.clubaide.persistence.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link JpaMemberRepository#searchBySkill} answers what {@link SkillSearch#among} computes over the
 * same members in memory: the same members, cards and pages.
 */
abstract class MemberSearchContract extends DatabaseContract {

  private static final TermsVersion TERMS = new TermsVersion("V3/2018", LocalDate.of(2018, 9, 16));
  private static final List<String> SPELLINGS =
      List.of("Comptabilité", "comptabilite", "Paie", "Droit social", "Œnologie", "export", "EXPORT");

  private final TestClock clock = TestClock.atServiceStart();
  private final List<Member> members = new ArrayList<>();

  MemberSearchContract(Database target) {
    super(target);
  }

  @BeforeEach
  void forgetMembers() {
    members.clear();
  }

  private Member saved(int n, List<String> skills, List<String> hobbies, boolean offered) {
    Member m =
        Member.register(
            MemberId.of(
                String.format(
                    "%08x-0000-4000-8000-%012d", (n * 0x9e3779b1L) & 0xffffffffL, n)),
            new Identity(
                "Camille", "Roux " + n, n % 2 == 0 ? Optional.of("Roux SARL") : Optional.empty()),
            new ContactDetails(
                "camille.roux." + n + "@example.org", "+33 6 12 34 56 78", "3 quai de Saône, Lyon"),
            TERMS,
            Channel.WEB,
            Map.of(),
            Member.DEFAULT_PARTICIPATION_PERIOD,
            clock);
    m.describe(
        new Profile(skills, hobbies, List.of(), offered), "camille@example.org", clock.instant());
    db.run(unit -> unit.adapter(JpaMemberRepository.class).save(m));
    members.add(m);
    return m;
  }

  private List<MemberCard> search(String skill, Optional<MemberId> after, int limit) {
    return db.inTransaction(
        unit ->
            unit.adapter(JpaMemberRepository.class).searchBySkill(SkillKey.of(skill), after, limit));
  }

  @Test
  @DisplayName("R-MEM-3 members are found by a skill whatever its spelling, with their whole card")
  void findsWholeCards() {
    saved(1, List.of("Comptabilité", "Paie"), List.of("Export"), true);
    saved(2, List.of("Droit social", "COMPTABILITE "), List.of(), false);
    saved(3, List.of("Paie"), List.of("comptabilité"), true);
    MemberId ended = saved(4, List.of("Comptabilité"), List.of(), true).id();
    db.run(
        unit -> {
          JpaMemberRepository repository = unit.adapter(JpaMemberRepository.class);
          Member member = repository.findById(ended).orElseThrow();
          member.endParticipation("camille@example.org", clock.instant());
          repository.save(member);
        });

    List<MemberCard> found = search("comptabilite", Optional.empty(), 10);

    assertEquals(
        SkillSearch.among(reloaded(), SkillKey.of("comptabilite"), Optional.empty(), 10), found);
    assertEquals(2, found.size());
  }

  @Test
  @DisplayName("a member who typed two spellings of one skill appears once")
  void oneLinePerMember() {
    saved(1, List.of("Comptabilité", "comptabilite"), List.of(), true);

    assertEquals(1, search("Comptabilité", Optional.empty(), 10).size());
  }

  @Test
  @DisplayName("keyset pages give the members the reference gives, in the same order")
  void pagesMatchTheReference() {
    Random random = new Random(42);
    for (int n = 1; n <= 30; n++) {
      List<String> skills = new ArrayList<>();
      for (int s = 0; s < 3; s++) {
        skills.add(SPELLINGS.get(random.nextInt(SPELLINGS.size())));
      }
      saved(n, dedupe(skills), List.of(), random.nextBoolean());
    }
    List<Member> all = reloaded();
    for (String skill : List.of("comptabilité", "export", "oenologie", "paie", "fiscalité")) {
      Optional<MemberId> after = Optional.empty();
      List<MemberCard> page;
      do {
        page = search(skill, after, 4);
        assertEquals(SkillSearch.among(all, SkillKey.of(skill), after, 4), page, skill);
        after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).id());
      } while (page.size() == 4);
    }
  }

  @Test
  @DisplayName("entries saved before the search existed get their key from the migration")
  void migrationKeysExistingEntries() {
    Schema.clean(db.dataSource());
    Schema.migrateTo(db.dataSource(), "2");
    String id = "00000001-0000-4000-8000-000000000001";
    db.execute(
        "INSERT INTO member (id, version, first_name, last_name, email, phone, postal_address,"
            + " registered_at, vis_identity, vis_contact, vis_skills, vis_photo,"
            + " participation_ends_on, skills_offered) VALUES ('"
            + id
            + "', 0, 'Zoé', 'Lefèvre', 'zoe@example.org', '0612345678', '1 rue Haute, Albi',"
            + " TIMESTAMP '2025-01-01 10:00:00', 'SERVICE_ONLY', 'SERVICE_ONLY', 'MEMBERS',"
            + " 'SERVICE_ONLY', DATE '2099-01-01', TRUE)",
        "INSERT INTO member_profile_entry (member_id, kind, entry_text, seq) VALUES ('"
            + id
            + "', 'SKILL', 'Comptabilité Générale', 0), ('"
            + id
            + "', 'SKILL', 'Main d''Œuvre', 1), ('"
            + id
            + "', 'HOBBY', 'Pâtisserie', 2)");
    Schema.migrate(db.dataSource());

    assertEquals(1, search("comptabilite generale", Optional.empty(), 10).size());
    assertEquals(
        List.of("Comptabilité Générale", "Main d'Œuvre"),
        search("MAIN D'OEUVRE", Optional.empty(), 10).get(0).skills());
    assertEquals(List.of(), search("patisserie", Optional.empty(), 10));
  }

  private List<Member> reloaded() {
    return db.inTransaction(
        unit ->
            members.stream()
                .map(m -> unit.adapter(JpaMemberRepository.class).findById(m.id()).orElseThrow())
                .toList());
  }

  private static List<String> dedupe(List<String> skills) {
    List<String> kept = new ArrayList<>();
    for (String s : skills) {
      if (kept.stream().noneMatch(k -> k.equalsIgnoreCase(s))) {
        kept.add(s);
      }
    }
    return kept;
  }
}
