package org.clubaide.web.ui.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.clubaide.core.access.AccountRepository;
import org.clubaide.core.access.Actor;
import org.clubaide.core.access.PasswordHasher;
import org.clubaide.core.access.Role;
import org.clubaide.core.administration.Administration;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.FieldGroup;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.MemberRepository;
import org.clubaide.core.member.Profile;
import org.clubaide.core.member.Visibility;
import org.clubaide.core.money.Money;
import org.clubaide.core.network.CallId;
import org.clubaide.core.network.CallQuotes;
import org.clubaide.core.network.NetworkService;
import org.clubaide.core.network.Participant;
import org.clubaide.core.network.SendCallForHelp;
import org.clubaide.core.participation.ParticipationService;
import org.clubaide.core.quote.EngagementDuration;
import org.clubaide.core.quote.ProposeQuote;
import org.clubaide.core.quote.Provider;
import org.clubaide.core.quote.QuoteService;
import org.clubaide.core.registration.Registration;
import org.clubaide.core.registration.RegistrationService;
import org.clubaide.core.request.AcceptanceRoute;
import org.clubaide.core.request.HelpRequestRepository;
import org.clubaide.core.request.HelpRequestService;
import org.clubaide.core.request.KindOfHelp;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.Satisfaction;
import org.clubaide.core.request.SubmitHelpRequest;
import org.clubaide.core.request.WithdrawalReason;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.terms.TermsCatalogue;
import org.clubaide.web.ui.Transactions;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Loads the French demo dataset once, on an empty database, when {@code clubaide.demo} is true: six
 * members (password {@value #PASSWORD}), a partner, and requests in every state — just raised,
 * with a question, accepted with a moved deadline, overdue, postponed, declined, withdrawn, closed
 * with a satisfaction — plus a call for help answered by a member with a quote, a partner's quote,
 * and an introduction awaiting consent. Everything goes through the core's use cases, the past
 * through the same use cases on a clock set back, so every rule holds. It runs after the schema
 * migration and the first administrator ({@code config.Startup}), as that administrator.
 */
@ApplicationScoped
public class DemoData {

  /** The password of every demo member. */
  public static final String PASSWORD = "demo-club-aide-2026";

  /** The domain of the demo members' addresses. */
  public static final String DOMAIN = "@demo.clubaide.fr";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject MemberRepository members;
  @Inject AccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject TermsCatalogue terms;
  @Inject HelpRequestRepository requestRepository;
  @Inject ParticipationService participation;
  @Inject NetworkService network;
  @Inject CallQuotes callQuotes;
  @Inject QuoteService quotes;
  @Inject Administration administration;
  @Inject Transactions tx;
  @Inject Clock clock;

  void onStart(
      @Observes @Priority(5000) @Initialized(ApplicationScoped.class) Object event) {
    boolean wanted =
        ConfigProvider.getConfig(DemoData.class.getClassLoader())
            .getOptionalValue("clubaide.demo", Boolean.class)
            .orElse(Boolean.FALSE);
    if (!wanted) {
      return;
    }
    if (tx.call(() -> accounts.anyWithRole(Role.MEMBER))) {
      LOG.info("Demo dataset not loaded: the database already has members.");
      return;
    }
    String adminLogin =
        ConfigProvider.getConfig(DemoData.class.getClassLoader())
            .getOptionalValue("clubaide.admin.login", String.class)
            .orElse("admin");
    Actor agent =
        tx.call(() -> accounts.findByLogin(adminLogin))
            .map(a -> a.toActor())
            .orElseThrow(() -> new IllegalStateException("No administrator " + adminLogin));
    tx.run(() -> load(agent));
    LOG.info("Demo dataset loaded: members *" + DOMAIN + ", password " + PASSWORD);
  }

  /** Use cases as they were {@code days} ago. */
  private HelpRequestService requestsAt(int days) {
    return new HelpRequestService(requestRepository, members, terms, ago(days));
  }

  private Clock ago(int days) {
    return Clock.offset(clock, Duration.ofDays(-days));
  }

  private void load(Actor agent) {
    RegistrationService registration =
        new RegistrationService(members, accounts, terms, hasher, ago(60));
    Actor claire =
        member(registration, "Claire", "Martin", "Atelier Martin Ébénisterie", "claire.martin",
            "06 12 34 56 78", "12 rue des Tanneurs\n69002 Lyon");
    Actor karim =
        member(registration, "Karim", "Benali", "Benali Conseil", "karim.benali",
            "06 23 45 67 89", "4 place Carnot\n42000 Saint-Étienne");
    Actor sophie =
        member(registration, "Sophie", "Lefèvre", null, "sophie.lefevre",
            "07 34 56 78 90", "8 avenue Jean Jaurès\n38000 Grenoble");
    Actor julien =
        member(registration, "Julien", "Moreau", "Moreau Transports", "julien.moreau",
            "06 45 67 89 01", "21 quai Saint-Vincent\n69001 Lyon");
    Actor nadia =
        member(registration, "Nadia", "Haddad", "Cabinet Haddad", "nadia.haddad",
            "06 56 78 90 12", "3 rue Voltaire\n73000 Chambéry");
    Actor paul =
        member(registration, "Paul", "Girard", null, "paul.girard",
            "06 67 89 01 23", "17 boulevard Gambetta\n01000 Bourg-en-Bresse");

    describe(karim, List.of("Droit social", "Contrats", "Négociation"), List.of("Randonnée"));
    describe(nadia, List.of("Comptabilité", "Trésorerie", "Droit social"), List.of());
    describe(paul, List.of("Informatique", "Site internet", "Logiciels de gestion"), List.of("Photo"));
    describe(sophie, List.of("Recrutement", "Ressources humaines"), List.of("Chant"));

    administration.addPartner(
        agent,
        "Cabinet Rhône Expertise",
        new ContactDetails("contact@rhone-expertise.example", "04 72 00 00 00", "Lyon"),
        List.of("Comptabilité", "Droit social", "Contrats"));

    // Just raised, awaiting the Service.
    submit(requestsAt(0), julien, "Tachygraphe : quelles obligations pour un véhicule de 3,5 t ?",
        "Nous ajoutons un utilitaire de 3,5 tonnes à notre flotte. Faut-il un chronotachygraphe et"
            + " une carte conducteur ? Je cherche une information fiable et une source.",
        EnumSet.of(KindOfHelp.INFORMATION, KindOfHelp.DOCUMENT), 14);

    // Undecided, with a question asked and a decision date agreed.
    HelpRequestService twoDaysAgo = requestsAt(2);
    RequestId question =
        submit(twoDaysAgo, sophie, "Recruter un premier salarié",
            "Je suis seule dans mon activité de formation et j'envisage un premier recrutement à"
                + " mi-temps. Par où commencer : contrat, aides, déclarations ?",
            EnumSet.of(KindOfHelp.INFORMATION, KindOfHelp.FOLLOW_UP), 30);
    twoDaysAgo.askQuestion(agent, question,
        "Le poste serait-il en CDI ou en CDD ? Et à partir de quand ?");
    twoDaysAgo.agreeDecisionDate(agent, question, LocalDate.now(clock).plusDays(3));

    // Accepted through the network, deadline moved with a reason; a call for help answered.
    HelpRequestService tenDaysAgo = requestsAt(10);
    RequestId contract =
        submit(tenDaysAgo, claire, "Relire un contrat de sous-traitance",
            "Un client industriel me propose un contrat de sous-traitance de 40 pages. Je voudrais"
                + " être accompagnée pour le relire et négocier les clauses de pénalités.",
            EnumSet.of(KindOfHelp.HELP, KindOfHelp.DOCUMENT), 25);
    tenDaysAgo.accept(agent, contract, AcceptanceRoute.NETWORK,
        Optional.of(LocalDate.now(clock).plusDays(2)));
    requestsAt(1).moveDeadline(agent, contract, LocalDate.now(clock).plusDays(7),
        "L'expert du réseau est en déplacement jusqu'à jeudi.");
    requestsAt(1).proposeSimpleSolution(agent, contract, "Fiche pratique : la sous-traitance",
        "La fiche de la CCI sur les clauses essentielles d'un contrat de sous-traitance (prix,"
            + " délais, pénalités, propriété des outillages).", Optional.empty());
    CallId call =
        network.sendCall(agent, new SendCallForHelp(contract,
            "Une entreprise artisanale doit relire et négocier un contrat de sous-traitance"
                + " industrielle (clauses de pénalités).",
            Set.of("Contrats", "Négociation"),
            List.of(Participant.member(karim.member().orElseThrow()),
                Participant.member(nadia.member().orElseThrow()))));
    network.offerAccompaniment(karim, call,
        "Deux séances : relecture commentée du contrat, puis préparation de la négociation.");
    callQuotes.propose(karim, call, "Relecture et négociation du contrat",
        "Relecture complète, note écrite des clauses à risque, préparation de la négociation.",
        Money.of("900.00", "EUR"), Money.of("600.00", "EUR"), EngagementDuration.weeks(3),
        LocalDate.now(clock).plusDays(30));
    network.declineCall(nadia, call);
    quotes.propose(agent, new ProposeQuote(contract,
        Optional.of(Provider.partner("Cabinet Rhône Expertise")),
        "Audit juridique du contrat", "Analyse par un juriste, rapport sous dix jours.",
        Money.of("1500.00", "EUR"), Money.of("1150.00", "EUR"), EngagementDuration.days(10),
        LocalDate.now(clock).plusDays(20)));
    network.proposeIntroduction(agent, call, Participant.member(karim.member().orElseThrow()));

    // Accepted with a fixed deadline that passed without a solution: overdue.
    HelpRequestService twentyDaysAgo = requestsAt(20);
    RequestId overdue =
        submit(twentyDaysAgo, paul, "Choisir un logiciel de facturation",
            "Je facture encore sur un tableur. Quel logiciel simple et conforme pour une"
                + " micro-entreprise de services ?",
            EnumSet.of(KindOfHelp.INFORMATION), 15);
    twentyDaysAgo.accept(agent, overdue, AcceptanceRoute.INTERNAL,
        Optional.of(LocalDate.now(clock).minusDays(3)));

    // Postponed by the member.
    HelpRequestService fiveDaysAgo = requestsAt(5);
    RequestId postponed =
        submit(fiveDaysAgo, claire, "Salon professionnel : stand partagé",
            "Je cherche d'autres artisans pour partager un stand au salon de l'habitat.",
            EnumSet.of(KindOfHelp.HELP), 20);
    fiveDaysAgo.postpone(claire, postponed, LocalDate.now(clock).plusDays(45),
        "Le salon est décalé à l'automne.");
    network.requestStopped(postponed);

    // Declined: the Service is not competent.
    HelpRequestService eightDaysAgo = requestsAt(8);
    RequestId declined =
        submit(eightDaysAgo, julien, "Litige avec un assureur à l'étranger",
            "Un assureur espagnol refuse d'indemniser un sinistre sur une remorque.",
            EnumSet.of(KindOfHelp.HELP), 20);
    eightDaysAgo.decline(agent, declined,
        "Nous n'avons pas de compétence en droit des assurances espagnol.");

    // Withdrawn: solved on the member's side.
    HelpRequestService sixDaysAgo = requestsAt(6);
    RequestId withdrawn =
        submit(sixDaysAgo, nadia, "Modèle de lettre de relance",
            "Je cherche un modèle de lettre de relance pour factures impayées.",
            EnumSet.of(KindOfHelp.DOCUMENT), 10);
    sixDaysAgo.withdraw(nadia, withdrawn, WithdrawalReason.SOLVED_ELSEWHERE);

    // Closed with a satisfaction.
    HelpRequestService monthAgo = requestsAt(30);
    RequestId closed =
        submit(monthAgo, sophie, "Assurance responsabilité civile professionnelle",
            "Quelles garanties vérifier pour une RC pro de formatrice indépendante ?",
            EnumSet.of(KindOfHelp.INFORMATION), 20);
    monthAgo.accept(agent, closed, AcceptanceRoute.INTERNAL, Optional.empty());
    requestsAt(28).proposeSimpleSolution(agent, closed, "Les garanties à comparer",
        "Plafonds par sinistre, franchise, activités couvertes, protection juridique.",
        Optional.empty());
    requestsAt(25).close(sophie, closed, Satisfaction.SOLVED, "Merci, très clair !");
  }

  private Actor member(
      RegistrationService registration,
      String first,
      String last,
      String organisation,
      String local,
      String phone,
      String address) {
    Map<FieldGroup, Visibility> choices = new EnumMap<>(FieldGroup.class);
    choices.put(FieldGroup.SKILLS, Visibility.MEMBERS);
    String email = local + DOMAIN;
    MemberId id =
        registration.register(
            new Registration(
                first,
                last,
                Optional.ofNullable(organisation),
                email,
                phone,
                address,
                PASSWORD.toCharArray(),
                terms.currentOn(LocalDate.now(clock)).label(),
                true,
                choices,
                Channel.WEB));
    return Actor.member(email, id);
  }

  private void describe(Actor member, List<String> skills, List<String> hobbies) {
    participation.describe(
        member, member.member().orElseThrow(), new Profile(skills, hobbies, List.of(), true));
  }

  private RequestId submit(
      HelpRequestService service,
      Actor member,
      String title,
      String description,
      Set<KindOfHelp> kinds,
      int neededInDays) {
    return service.submit(
        member,
        SubmitHelpRequest.byMember(title, description, kinds, LocalDate.now(clock).plusDays(neededInDays)));
  }
}
