package org.clubaide.core.network;

import org.clubaide.core.testing.MutableClock;
import java.time.ZoneOffset;
import java.time.Instant;

import static org.clubaide.core.network.NetworkFixtures.LABEL_KEY;
import static org.clubaide.core.network.NetworkFixtures.aMember;
import static org.clubaide.core.network.NetworkFixtures.aRequestBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.Identity;
import org.clubaide.core.member.Member;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.shared.RuleViolationException;

/**
 * R-NET-2 as a property: whatever the member's identity and whatever the agent types, no view the
 * policy lets out contains an identifying field of the requester. The check below is written
 * independently of the policy's own matching, with regular expressions.
 */
class AnonymityPropertyTest {

  /** Words of the safe vocabulary a careful agent writes summaries with. */
  private static final List<String> SAFE_WORDS =
      List.of(
          "a",
          "small",
          "food",
          "business",
          "cannot",
          "pay",
          "its",
          "supplier",
          "on",
          "time",
          "wants",
          "to",
          "negotiate",
          "delay",
          "the",
          "owner",
          "needs",
          "advice",
          "about",
          "export",
          "rules",
          "and",
          "hiring",
          "first",
          "employee",
          "in",
          "region",
          "with",
          "late",
          "payments");

  /**
   * Words that appear in every view whoever asked (field names, kinds of help, the label's prefix).
   * A member really named "Summary" would find that word in every view; it is no leak, so such
   * names are left out of the generated ones.
   */
  private static final Set<String> STRUCTURAL_WORDS =
      Set.of(
          "anonymousrequestview",
          "label",
          "kinds",
          "neededby",
          "wantedskills",
          "summary",
          "member",
          "listening",
          "information",
          "document",
          "help",
          "follow",
          "up");

  private static final List<String> FIRST_NAMES =
      List.of("Éloïse", "Françoise", "Jérôme", "Zoé", "Anaïs", "Hélène", "Loïc", "Noémie", "Chloé");

  private static final List<String> LAST_NAMES =
      List.of("Dupont-Lefèvre", "Le Goff", "Müller", "Nguyễn", "Oßwald", "Benoît", "Cœurdacier");

  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern DIGIT_SEPARATORS =
      Pattern.compile("(?<=\\d)[\\s.\\-/()+\\u00a0]+(?=\\d)");
  private static final Pattern DIGIT_RUN = Pattern.compile("\\d+");

  private final MutableClock clock = MutableClock.at(Instant.parse("2025-03-03T09:00:00Z"), ZoneOffset.UTC);
  private final AnonymityPolicy policy = new AnonymityPolicy(LABEL_KEY);

  @Property(tries = 400)
  @Label("R-NET-2 no anonymous view contains an identifying field of the requester")
  void noViewRevealsTheRequester(@ForAll("cases") Case c) {
    HelpRequest request = aRequestBy(c.member(), clock);
    Statistics.label("outcome")
        .coverage(
            checker -> {
              checker.check("refused").percentage(p -> p > 5);
              checker.check("let out").percentage(p -> p > 5);
            });
    AnonymousRequestView view;
    try {
      view = policy.anonymise(request, c.member(), c.summary(), c.skills());
    } catch (RuleViolationException refused) {
      Statistics.label("outcome").collect("refused");
      assertEquals("R-NET-2", refused.rule());
      return;
    }
    Statistics.label("outcome").collect("let out");
    List<String> texts = new ArrayList<>(List.of(view.label(), view.summary(), view.toString()));
    for (SkillTag skill : view.wantedSkills()) {
      texts.add(skill.value());
    }
    for (String text : texts) {
      for (String field : identifyingFields(c.member())) {
        assertFalse(containsWords(text, field), () -> "\"" + text + "\" reveals \"" + field + "\"");
      }
      assertFalse(containsPhone(text, c.member().contact().phone()), text);
      assertFalse(text.contains(request.title()), text);
      assertFalse(text.contains(request.description()), text);
    }
  }

  @Property(tries = 200)
  @Label("R-NET-2 a summary written without identifying data is always let out")
  void safeSummariesAreLetOut(@ForAll("members") Member member, @ForAll("safeTexts") String text) {
    HelpRequest request = aRequestBy(member, clock);
    AnonymousRequestView view =
        policy.anonymise(request, member, text, NetworkFixtures.skills("export", "hiring"));
    assertEquals(text, view.summary());
    assertTrue(view.label().startsWith(AnonymityPolicy.LABEL_PREFIX));
  }

  /** A member, and what the agent typed for the view: safe words mixed with identifying data. */
  record Case(Member member, String summary, Set<SkillTag> skills) {}

  @Provide
  Arbitrary<Case> cases() {
    return members()
        .flatMap(
            m -> Combinators.combine(summaryOf(m), skillsOf(m)).as((s, k) -> new Case(m, s, k)));
  }

  @Provide
  Arbitrary<Member> members() {
    Arbitrary<String> first = Arbitraries.oneOf(Arbitraries.of(FIRST_NAMES), randomName());
    Arbitrary<String> last =
        Arbitraries.oneOf(
            Arbitraries.of(LAST_NAMES),
            randomName(),
            Combinators.combine(randomName(), randomName()).as((a, b) -> a + "-" + b));
    Arbitrary<Optional<String>> organisation =
        Combinators.combine(
                randomName(),
                Arbitraries.of("Conseil", "Boulangerie", "Transports", "Atelier"),
                Arbitraries.of("SARL", "SAS", "", "& Cie"))
            .as((name, trade, form) -> trade + " " + name + " " + form)
            .optional(0.7);
    Arbitrary<String> phone =
        Arbitraries.strings()
            .numeric()
            .ofLength(9)
            .map(d -> "0" + d)
            .flatMap(AnonymityPropertyTest::formatted);
    Arbitrary<String> address =
        Combinators.combine(
                Arbitraries.integers().between(1, 300),
                Arbitraries.of("rue", "avenue", "chemin"),
                randomName(),
                Arbitraries.strings().numeric().ofLength(5),
                randomName())
            .as(
                (n, way, street, zip, city) ->
                    n + " " + way + " " + street + "\n" + zip + " " + city);
    return Combinators.combine(
            first, last, organisation, phone, address, Arbitraries.of("fr", "com", "org"))
        .as(
            (f, l, o, p, a, tld) -> {
              String local = ascii(f) + "." + ascii(l);
              String domain =
                  o.map(AnonymityPropertyTest::ascii).orElse(ascii(l) + "-mail") + "." + tld;
              return aMember(
                  new Identity(f, l, o), new ContactDetails(local + "@" + domain, p, a), clock);
            })
        .filter(m -> disjointFromSafeVocabulary(m));
  }

  @Provide
  Arbitrary<String> safeTexts() {
    return Arbitraries.of(SAFE_WORDS)
        .list()
        .ofMinSize(3)
        .ofMaxSize(40)
        .map(w -> String.join(" ", w) + ".");
  }

  private Arbitrary<String> summaryOf(Member member) {
    Arbitrary<String> fragment =
        Arbitraries.frequencyOf(
            Tuple.of(12, Arbitraries.of(SAFE_WORDS)), Tuple.of(1, identifyingFragment(member)));
    return fragment.list().ofMinSize(1).ofMaxSize(30).map(w -> String.join(" ", w));
  }

  private Arbitrary<Set<SkillTag>> skillsOf(Member member) {
    Arbitrary<String> skill =
        Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.of("export", "paie", "droit du travail", "négociation")),
            Tuple.of(1, identifyingFragment(member).filter(s -> s.length() <= 60)));
    return skill.set().ofMaxSize(4).map(NetworkFixtures::skillsOf);
  }

  /**
   * Identifying data as an agent might paste it: any case, with or without accents, reformatted.
   */
  private static Arbitrary<String> identifyingFragment(Member member) {
    Identity who = member.identity();
    ContactDetails contact = member.contact();
    List<String> raw = new ArrayList<>();
    raw.add(who.firstName());
    raw.add(who.lastName());
    who.organisation().ifPresent(raw::add);
    raw.add(contact.email());
    raw.add(contact.email().substring(0, contact.email().indexOf('@')));
    raw.add(contact.phone());
    raw.addAll(List.of(contact.postalAddress().split("\n")));
    String digits = contact.phone().replaceAll("\\D", "");
    Arbitrary<String> text =
        Arbitraries.of(raw)
            .flatMap(
                s ->
                    Arbitraries.of(
                        s,
                        s.toUpperCase(Locale.ROOT),
                        s.toLowerCase(Locale.ROOT),
                        Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")));
    return Arbitraries.oneOf(
        text, formatted(digits), Arbitraries.just("+33 " + digits.substring(1)));
  }

  private static Arbitrary<String> formatted(String digits) {
    return Arbitraries.of(
        digits,
        digits.replaceAll("(\\d\\d)(?=\\d)", "$1 "),
        digits.replaceAll("(\\d\\d)(?=\\d)", "$1."),
        "+33 (0)" + digits.substring(1, 2) + "-" + digits.substring(2));
  }

  private static Arbitrary<String> randomName() {
    return Arbitraries.strings()
        .withChars("abcdefghijklmnopqrstuvwxyzéèêàçïôü")
        .ofMinLength(3)
        .ofMaxLength(12)
        .filter(s -> !STRUCTURAL_WORDS.contains(fold(s)))
        .map(s -> s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1));
  }

  private static boolean disjointFromSafeVocabulary(Member member) {
    Set<String> words = new HashSet<>();
    for (String field : identifyingFields(member)) {
      words.addAll(words(field));
    }
    for (String safe : SAFE_WORDS) {
      if (words.contains(safe)) {
        return false;
      }
    }
    return true;
  }

  /** The requester's identifying fields, as the rule lists them, each name word on its own too. */
  private static List<String> identifyingFields(Member member) {
    Identity who = member.identity();
    ContactDetails contact = member.contact();
    List<String> fields = new ArrayList<>();
    fields.add(who.firstName());
    fields.add(who.lastName());
    for (String word : words(who.lastName() + " " + who.firstName())) {
      if (word.length() >= 3) {
        fields.add(word);
      }
    }
    who.organisation().ifPresent(fields::add);
    fields.add(contact.email());
    fields.addAll(List.of(contact.postalAddress().split("\n")));
    return fields;
  }

  private static boolean containsWords(String text, String field) {
    String hay = " " + String.join(" ", words(text)) + " ";
    String needle = " " + String.join(" ", words(field)) + " ";
    return needle.isBlank() ? false : hay.contains(needle);
  }

  private static boolean containsPhone(String text, String phone) {
    String digits = phone.replaceAll("\\D", "");
    String tail = digits.substring(Math.max(0, digits.length() - 8));
    Matcher runs = DIGIT_RUN.matcher(DIGIT_SEPARATORS.matcher(text).replaceAll(""));
    while (runs.find()) {
      if (runs.group().contains(tail)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : NOT_A_WORD.split(fold(text))) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  private static String fold(String text) {
    String spelt = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("ß", "ss");
    return Normalizer.normalize(spelt, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  private static String ascii(String text) {
    return String.join("-", words(text));
  }
}
