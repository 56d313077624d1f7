package org.clubaide.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.shared.RuleViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SkillMatcherTest {

  private final SkillMatcher matcher = new SkillMatcher();
  private final RequestId request = RequestId.of("00000000-0000-0000-0000-00000000000a");
  private final MemberId requester = MemberId.newId();

  private static Candidate member(String... skills) {
    return Candidate.of(Participant.member(MemberId.newId()), List.of(skills), true, true, true);
  }

  private MatchQuery wanting(int limit, String... skills) {
    Set<SkillTag> tags = new HashSet<>();
    for (String skill : skills) {
      tags.add(SkillTag.of(skill));
    }
    return new MatchQuery(request, requester, tags, limit);
  }

  private static List<Participant> participants(List<Match> matches) {
    List<Participant> out = new ArrayList<>();
    for (Match match : matches) {
      out.add(match.participant());
    }
    return out;
  }

  @Test
  @DisplayName("R-NET-1 candidates offering more of the wanted skills come first")
  void ranksByOverlap() {
    Candidate one = member("droit du travail");
    Candidate three = member("droit du travail", "paie", "export");
    Candidate two = member("paie", "export", "jardinage");
    List<Match> matches =
        matcher.rank(wanting(10, "Droit du travail", "Paie", "Export"), List.of(one, three, two));
    assertEquals(
        List.of(three.participant(), two.participant(), one.participant()), participants(matches));
    assertEquals(
        Set.of(SkillTag.of("paie"), SkillTag.of("export")), matches.get(1).matchedSkills());
  }

  @Test
  @DisplayName("R-NET-1 the requester is never a match for their own request")
  void excludesRequester() {
    Candidate self =
        Candidate.of(Participant.member(requester), List.of("export"), true, true, true);
    Candidate other = member("export");
    assertEquals(
        List.of(other.participant()),
        participants(matcher.rank(wanting(10, "export"), List.of(self, other))));
  }

  @Test
  @DisplayName("R-MEM-3 a member who did not offer their skills to the network is not a match")
  void excludesThoseWhoDidNotOffer() {
    Candidate silent =
        Candidate.of(Participant.member(MemberId.newId()), List.of("export"), false, true, true);
    assertTrue(matcher.rank(wanting(10, "export"), List.of(silent)).isEmpty());
  }

  @Test
  @DisplayName("R-NET-1 an inactive member, or one without the current terms, is no match")
  void excludesInactiveAndTermsNotAccepted() {
    Candidate inactive =
        Candidate.of(Participant.member(MemberId.newId()), List.of("export"), true, false, true);
    Candidate oldTerms =
        Candidate.of(Participant.member(MemberId.newId()), List.of("export"), true, true, false);
    assertTrue(matcher.rank(wanting(10, "export"), List.of(inactive, oldTerms)).isEmpty());
  }

  @Test
  @DisplayName("R-NET-1 a candidate offering none of the wanted skills is not a match")
  void excludesNoOverlap() {
    assertTrue(matcher.rank(wanting(10, "export"), List.of(member("paie"))).isEmpty());
  }

  @Test
  @DisplayName("R-NET-1 partners are matched by skills like members")
  void matchesPartners() {
    Candidate partner =
        Candidate.of(Participant.partner(PartnerId.newId()), List.of("Export"), true, true, true);
    assertEquals(
        List.of(partner.participant()),
        participants(matcher.rank(wanting(10, "export"), List.of(partner))));
  }

  @Test
  @DisplayName("R-MEM-3 skills match whatever their case, accents and spacing")
  void matchesAcrossAccentsAndCase() {
    Candidate accented = member("  Comptabilité  Analytique");
    assertEquals(1, matcher.rank(wanting(10, "COMPTABILITE analytique"), List.of(accented)).size());
  }

  @Test
  @DisplayName("R-NET-1 equal candidates come in the same order whatever the directory's order")
  void breaksTiesDeterministically() {
    List<Candidate> equals = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      equals.add(member("export"));
    }
    List<Participant> first = participants(matcher.rank(wanting(50, "export"), equals));
    Collections.shuffle(equals, new Random(7));
    List<Participant> second = participants(matcher.rank(wanting(50, "export"), equals));
    assertEquals(first, second);
    assertEquals(50, first.size());
  }

  @Test
  @DisplayName("R-NET-1 ties are broken differently for different requests, spreading the calls")
  void tieBreakDependsOnRequest() {
    List<Candidate> equals = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      equals.add(member("export"));
    }
    List<Participant> forA = participants(matcher.rank(wanting(50, "export"), equals));
    MatchQuery otherRequest =
        new MatchQuery(
            RequestId.of("00000000-0000-0000-0000-00000000000b"),
            requester,
            Set.of(SkillTag.of("export")),
            50);
    List<Participant> forB = participants(matcher.rank(otherRequest, equals));
    assertEquals(Set.copyOf(forA), Set.copyOf(forB));
    assertNotEquals(forA, forB, "the order of equal candidates should depend on the request");
  }

  @Test
  @DisplayName("R-NET-1 the matching returns at most the limit asked, keeping the best")
  void returnsTopN() {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      candidates.add(member("export"));
    }
    Candidate best = member("export", "paie");
    candidates.add(17, best);
    List<Match> matches = matcher.rank(wanting(5, "export", "paie"), candidates);
    assertEquals(5, matches.size());
    assertEquals(best.participant(), matches.get(0).participant());
  }

  @Test
  @DisplayName("R-NET-1 a query needs at least one wanted skill")
  void refusesNoWantedSkill() {
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class, () -> new MatchQuery(request, requester, Set.of(), 10));
    assertEquals("wantedSkills", e.field());
  }

  @Test
  @DisplayName("R-NET-1 matching 100,000 candidates returns the best ones at once")
  void scalesToAHundredThousandCandidates() {
    String[] vocabulary = new String[400];
    for (int i = 0; i < vocabulary.length; i++) {
      vocabulary[i] = "skill " + i;
    }
    Random random = new Random(42);
    List<Candidate> candidates = new ArrayList<>(100_001);
    for (int i = 0; i < 100_000; i++) {
      List<String> skills = new ArrayList<>();
      for (int s = 0; s < 8; s++) {
        skills.add(vocabulary[random.nextInt(vocabulary.length)]);
      }
      candidates.add(
          Candidate.of(
              Participant.member(new MemberId(new UUID(random.nextLong(), random.nextLong()))),
              skills,
              random.nextInt(10) > 0,
              true,
              true));
    }
    Candidate expert = member("skill 1", "skill 2", "skill 3", "skill 4", "skill 5");
    candidates.add(61_234, expert);
    MatchQuery query = wanting(20, "skill 1", "skill 2", "skill 3", "skill 4", "skill 5");
    List<Match> matches = matcher.rank(query, candidates);
    assertEquals(20, matches.size());
    assertEquals(expert.participant(), matches.get(0).participant());
    assertEquals(5, matches.get(0).overlap());
    for (int i = 1; i < matches.size(); i++) {
      assertTrue(matches.get(i - 1).overlap() >= matches.get(i).overlap());
    }
  }
}
