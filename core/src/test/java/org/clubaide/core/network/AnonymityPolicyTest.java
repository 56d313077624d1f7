package org.clubaide.core.network;

import org.clubaide.core.testing.MutableClock;
import java.time.ZoneOffset;
import java.time.Instant;

import static org.clubaide.core.network.NetworkFixtures.LABEL_KEY;
import static org.clubaide.core.network.NetworkFixtures.aRequestBy;
import static org.clubaide.core.network.NetworkFixtures.eloise;
import static org.clubaide.core.network.NetworkFixtures.marc;
import static org.clubaide.core.network.NetworkFixtures.skills;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Set;
import org.clubaide.core.member.Member;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.KindOfHelp;
import org.clubaide.core.shared.RuleViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnonymityPolicyTest {

  private static final String SAFE_SUMMARY =
      "A small food business cannot pay a supplier on time and wants to negotiate a delay.";

  private final MutableClock clock = MutableClock.at(Instant.parse("2025-03-03T09:00:00Z"), ZoneOffset.UTC);
  private final AnonymityPolicy policy = new AnonymityPolicy(LABEL_KEY);
  private final Member eloise = eloise(clock);
  private final HelpRequest request = aRequestBy(eloise, clock);

  private RuleViolationException refusal(String summary) {
    return assertThrows(
        RuleViolationException.class,
        () -> policy.anonymise(request, eloise, summary, skills("negociation")));
  }

  @Test
  @DisplayName(
      "R-NET-2 the view holds the label, kinds, needed-by date, skills and reviewed summary")
  void viewHoldsOnlyTheAllowedParts() {
    AnonymousRequestView view =
        policy.anonymise(request, eloise, SAFE_SUMMARY, skills("Négociation", "trésorerie"));
    assertEquals(Set.of(KindOfHelp.INFORMATION, KindOfHelp.HELP), view.kinds());
    assertEquals(request.neededBy(), view.neededBy());
    assertEquals(skills("negociation", "tresorerie"), view.wantedSkills());
    assertEquals(SAFE_SUMMARY, view.summary());
    assertFalse(view.toString().contains(request.title()));
    assertFalse(view.toString().contains("Dupont"));
  }

  @Test
  @DisplayName("R-NET-2 the requester is shown as 'Member #' and six hexadecimal digits")
  void labelShape() {
    AnonymousRequestView view = policy.anonymise(request, eloise, SAFE_SUMMARY, Set.of());
    assertTrue(view.label().matches("Member #[0-9A-F]{6}"), view.label());
    assertFalse(view.label().contains(eloise.id().toString().substring(0, 6).toUpperCase()));
  }

  @Test
  @DisplayName("R-NET-2 every call about the same request shows the same label")
  void labelIsStablePerRequest() {
    AnonymityPolicy sameKey = new AnonymityPolicy(LABEL_KEY.clone());
    assertEquals(policy.labelOf(request.id()), sameKey.labelOf(request.id()));
  }

  @Test
  @DisplayName("R-NET-2 two requests of the same member show labels that cannot be linked")
  void labelsDifferBetweenRequestsOfOneMember() {
    HelpRequest second = aRequestBy(eloise, clock);
    assertNotEquals(policy.labelOf(request.id()), policy.labelOf(second.id()));
  }

  @Test
  @DisplayName("R-NET-2 the label depends on the deployment's secret key")
  void labelDependsOnKey() {
    AnonymityPolicy otherKey =
        new AnonymityPolicy("another key of thirty-two bytes!".getBytes(StandardCharsets.UTF_8));
    assertNotEquals(policy.labelOf(request.id()), otherKey.labelOf(request.id()));
  }

  @Test
  @DisplayName("R-NET-2 the label's keyed hash is HMAC-SHA-256 (RFC 4231 test case 2)")
  void hmacMatchesRfc4231() {
    byte[] mac =
        AnonymityPolicy.hmacSha256(
            "Jefe".getBytes(StandardCharsets.US_ASCII),
            "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));
    assertEquals(
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
        HexFormat.of().formatHex(mac));
  }

  @Test
  @DisplayName("R-NET-2 a label key shorter than 16 bytes is refused")
  void refusesShortKey() {
    assertThrows(IllegalArgumentException.class, () -> new AnonymityPolicy(new byte[15]));
  }

  @Test
  @DisplayName("R-NET-2 a summary naming the requester is refused, whatever the case and accents")
  void refusesFirstNameWithoutAccents() {
    RuleViolationException e = refusal("ELOISE needs a delay from her supplier.");
    assertEquals("R-NET-2", e.rule());
    assertEquals("reviewedSummary", e.field());
    assertTrue(e.getMessage().contains("first name"));
    assertFalse(e.getMessage().toLowerCase().contains("eloise"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Mrs Dupont needs a delay.",
        "The Lefevre family business needs a delay.",
        "dupont lefèvre needs a delay.",
        "BOULANGERIE LEFEVRE needs a delay.",
        "Write to eloise.dupont@lefevre-boulangerie.fr for details.",
        "Write to ELOISE.DUPONT for details.",
        "See lefevre-boulangerie.fr for details.",
        "Call 06 12 34 56 78 for details.",
        "Call +33(0)6-12-34-56-78 for details.",
        "Call 0612345678 for details.",
        "The shop at 12, Rue des Lilas needs a delay.",
        "The shop on rue des lilas needs a delay.",
        "The shop at 69003 Lyon needs a delay."
      })
  @DisplayName("R-NET-2 a summary holding any identifying field of the requester is refused")
  void refusesEachIdentifyingField(String summary) {
    assertEquals("R-NET-2", refusal(summary).rule());
  }

  @Test
  @DisplayName("R-NET-2 a wanted skill naming the requester's organisation is refused")
  void refusesIdentifyingSkill() {
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () -> policy.anonymise(request, eloise, SAFE_SUMMARY, skills("Boulangerie Lefèvre")));
    assertEquals("wantedSkills", e.field());
  }

  @Test
  @DisplayName("R-NET-2 words that merely contain a name are allowed: 'Marché' for Marc")
  void comparesWholeWords() {
    Member marc = marc(clock);
    HelpRequest his = aRequestBy(marc, clock);
    AnonymousRequestView view =
        policy.anonymise(his, marc, "Selling at the Marché and Martini bars in Lyon.", Set.of());
    assertTrue(view.summary().contains("Marché"));
  }

  @Test
  @DisplayName("R-NET-2 a call for help needs a reviewed summary")
  void refusesMissingSummary() {
    assertEquals("reviewedSummary", refusal("  ").field());
  }

  @Test
  @DisplayName("R-NET-2 a reviewed summary is limited to 1000 characters")
  void refusesLongSummary() {
    assertEquals("reviewedSummary", refusal("x".repeat(AnonymityPolicy.SUMMARY_MAX + 1)).field());
  }

  @Test
  @DisplayName("R-NET-2 the view is built only for the request's own requester")
  void refusesOtherMember() {
    assertThrows(
        IllegalArgumentException.class,
        () -> policy.anonymise(request, marc(clock), SAFE_SUMMARY, Set.of()));
  }
}
