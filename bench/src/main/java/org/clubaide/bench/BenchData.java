package org.clubaide.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.Identity;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.network.Candidate;
import org.clubaide.core.network.Participant;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.KindOfHelp;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.terms.TermsVersion;

/** Realistic data for the benchmarks, the same for a given seed. */
final class BenchData {

  static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZONE);
  static final TermsVersion TERMS = new TermsVersion("V3/2018", LocalDate.of(2018, 9, 16));

  /** A vocabulary of professional skills, as members type them. */
  static final List<String> SKILLS = skills();

  private BenchData() {}

  private static List<String> skills() {
    String[] domains = {
      "comptabilité", "droit social", "droit des contrats", "fiscalité", "paie", "marketing",
      "communication", "recrutement", "informatique", "réseaux", "sécurité", "logistique",
      "achats", "export", "douane", "qualité", "immobilier", "assurance", "banque", "gestion",
      "management", "formation", "bureautique", "tableur", "site web", "référencement",
      "photographie", "traduction anglais", "traduction allemand", "rédaction", "juridique",
      "subventions", "levée de fonds", "négociation", "vente", "relation client", "énergie",
      "environnement", "hygiène", "ergonomie"
    };
    String[] levels = {"", " avancé", " débutant", " PME", " international"};
    List<String> all = new ArrayList<>();
    for (String d : domains) {
      for (String l : levels) {
        all.add(d + l);
      }
    }
    return List.copyOf(all);
  }

  /** {@code count} members with 3 to 10 skills each; 85 % offer them, 95 % active. */
  static List<Candidate> candidates(int count, long seed) {
    Random random = new Random(seed);
    List<Candidate> candidates = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int n = 3 + random.nextInt(8);
      List<String> skills = new ArrayList<>(n);
      for (int s = 0; s < n; s++) {
        skills.add(SKILLS.get(random.nextInt(SKILLS.size())));
      }
      candidates.add(
          Candidate.of(
              Participant.member(new MemberId(new UUID(random.nextLong(), random.nextLong()))),
              skills,
              random.nextInt(100) < 85,
              random.nextInt(100) < 95,
              true));
    }
    return candidates;
  }

  static Member member(long seed) {
    Random random = new Random(seed);
    MemberId id = new MemberId(new UUID(random.nextLong(), random.nextLong()));
    return Member.register(
        id,
        new Identity("Élodie", "Marchand-Lefèvre", Optional.of("Atelier Marchand SARL")),
        new ContactDetails("elodie.marchand@atelier-marchand.fr", "+33 6 12 34 56 78",
            "12 rue des Tanneurs, 69002 Lyon"),
        TERMS,
        Channel.WEB,
        Map.of(),
        Member.DEFAULT_PARTICIPATION_PERIOD,
        CLOCK);
  }

  static HelpRequest request(Member requester) {
    return HelpRequest.submit(
        requester.id(),
        Channel.WEB,
        Actor.member(requester.contact().email(), requester.id()),
        "Relecture d'un contrat de sous-traitance pour l'Atelier Marchand",
        "Bonjour, je suis Élodie Marchand (06 12 34 56 78). Je dois relire un contrat de"
            + " sous-traitance avec un client à l'export avant la fin du mois.",
        Set.of(KindOfHelp.INFORMATION, KindOfHelp.DOCUMENT),
        LocalDate.now(CLOCK).plusDays(14),
        CLOCK);
  }
}
