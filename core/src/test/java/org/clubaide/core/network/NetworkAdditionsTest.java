package org.clubaide.core.network;

import static org.clubaide.core.network.NetworkFixtures.AGENT;
import static org.clubaide.core.network.NetworkFixtures.LABEL_KEY;
import static org.clubaide.core.network.NetworkFixtures.aRequestBy;
import static org.clubaide.core.network.NetworkFixtures.actorOf;
import static org.clubaide.core.network.NetworkFixtures.eloise;
import static org.clubaide.core.network.NetworkFixtures.marc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.access.Actor;
import org.clubaide.core.access.Role;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.Member;
import org.clubaide.core.money.Money;
import org.clubaide.core.quote.EngagementDuration;
import org.clubaide.core.quote.ProviderKind;
import org.clubaide.core.quote.Quote;
import org.clubaide.core.quote.QuoteComparison;
import org.clubaide.core.quote.QuoteId;
import org.clubaide.core.quote.QuoteService;
import org.clubaide.core.request.AcceptanceRoute;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.SolutionDeadline;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.IllegalTransitionException;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.core.testing.InMemoryQuoteRepository;
import org.clubaide.core.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Quotes through a call, the parties' introductions and the Service's network console. */
class NetworkAdditionsTest {

  private static final String SUMMARY = "A bakery needs to delay a payment to a supplier.";
  private static final Set<String> SKILLS = Set.of("Négociation");
  private static final String PARTNER_LOGIN = "desk@partner.example";

  private final MutableClock clock =
      MutableClock.at(Instant.parse("2025-03-03T09:00:00Z"), ZoneOffset.UTC);
  private final InMemoryHelpRequests requests = new InMemoryHelpRequests();
  private final InMemoryMembers members = new InMemoryMembers();
  private final InMemoryNetworkDirectory directory = new InMemoryNetworkDirectory();
  private final InMemoryCalls calls = new InMemoryCalls();
  private final InMemoryIntroductions introductions = new InMemoryIntroductions();
  private final InMemoryQuoteRepository quotes = new InMemoryQuoteRepository();
  private final InMemoryPartners partners = new InMemoryPartners();
  private final NetworkService network =
      new NetworkService(
          requests,
          members,
          directory,
          calls,
          introductions,
          new AnonymityPolicy(LABEL_KEY),
          new SkillMatcher(),
          clock);
  private final QuoteService quoteService =
      new QuoteService(quotes, id -> requests.findById(id).map(HelpRequest::requester), clock);
  private final CallQuotes callQuotes = new CallQuotes(calls, directory, quoteService, quotes);
  private final IntroductionInbox inbox =
      new IntroductionInbox(requests, calls, introductions, directory);
  private final NetworkConsole console =
      new NetworkConsole(calls, introductions, members, partners);

  private final Member eloise = eloise(clock);
  private final Member marc = marc(clock);
  private final PartnerId partnerId = PartnerId.newId();
  private final Participant partner = Participant.partner(partnerId);
  private final Participant helper = Participant.member(marc.id());
  private final Actor partnerActor =
      new Actor(PARTNER_LOGIN, Optional.empty(), Set.of(Role.PARTNER));
  private HelpRequest request;
  private CallId call;

  @BeforeEach
  void setUp() {
    members.save(eloise);
    members.save(marc);
    directory.add(Candidate.of(helper, List.of("Négociation"), true, true, true), marc.contact());
    directory.add(
        Candidate.of(Participant.member(eloise.id()), List.of(), false, true, true),
        eloise.contact());
    ContactDetails desk = new ContactDetails(PARTNER_LOGIN, "04 72 00 00 00", "Lyon");
    directory.add(Candidate.of(partner, List.of("negociation"), true, true, true), desk);
    directory.addPartnerLogin(PARTNER_LOGIN, partnerId);
    partners.add(new Partner(partnerId, "Cabinet Conseil", Optional.empty(), desk, List.of(), true));
    request = aRequestBy(eloise, clock);
    request.accept(
        AGENT,
        AcceptanceRoute.NETWORK,
        SolutionDeadline.fixed(LocalDate.now(clock).plusDays(10)),
        clock);
    requests.save(request);
    call =
        network.sendCall(
            AGENT, new SendCallForHelp(request.id(), SUMMARY, SKILLS, List.of(helper, partner)));
  }

  private QuoteId quoteBy(Actor actor, String usual, String member) {
    return callQuotes.propose(
        actor,
        call,
        "Accompagnement",
        "Deux séances de négociation.",
        Money.of(usual, "EUR"),
        Money.of(member, "EUR"),
        EngagementDuration.weeks(6),
        LocalDate.now(clock).plusDays(30));
  }

  @Test
  @DisplayName(
      "R-NET-4 R-SOL-4 a recipient who offered an accompaniment quotes through the call, and the"
          + " requester compares it with the provider's kind only")
  void recipientQuotesThroughTheCall() {
    network.offerAccompaniment(actorOf(marc), call, "Two sessions on supplier negotiation.");
    QuoteId id = quoteBy(actorOf(marc), "900.00", "600.00");

    QuoteComparison comparison = quoteService.compare(actorOf(eloise), request.id());
    assertEquals(1, comparison.rows().size());
    assertEquals(id, comparison.rows().get(0).quoteId());
    assertEquals(ProviderKind.MEMBER, comparison.rows().get(0).providerKind());
    assertEquals(List.of(id), callQuotes.mine(actorOf(marc), call).stream().map(Quote::id).toList());
  }

  @Test
  @DisplayName("R-NET-4 a partner recipient quotes too, and sees only its own quotes")
  void partnerQuotesThroughTheCall() {
    network.offerAccompaniment(actorOf(marc), call, "Two sessions.");
    quoteBy(actorOf(marc), "900.00", "600.00");
    network.offerAccompaniment(partnerActor, call, "A full audit.");
    QuoteId id = quoteBy(partnerActor, "2000.00", "1500.00");
    assertEquals(
        List.of(id), callQuotes.mine(partnerActor, call).stream().map(Quote::id).toList());
    assertEquals(2, quoteService.list(AGENT, request.id()).size());
  }

  @Test
  @DisplayName("R-NET-4 a quote through a call follows an offer of accompaniment")
  void quoteNeedsAnAccompanimentOffer() {
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class, () -> quoteBy(actorOf(marc), "900.00", "600.00"));
    assertEquals("R-NET-4", e.rule());
  }

  @Test
  @DisplayName("R-NET-2 whoever did not receive the call is told it does not exist")
  void onlyRecipientsQuote() {
    assertThrows(NotFoundException.class, () -> quoteBy(actorOf(eloise), "900.00", "600.00"));
    assertThrows(NotFoundException.class, () -> callQuotes.mine(AGENT, call));
  }

  @Test
  @DisplayName("R-REQ-8 nobody quotes through a closed call")
  void closedCallTakesNoQuote() {
    network.offerAccompaniment(actorOf(marc), call, "Two sessions.");
    network.closeCall(AGENT, call);
    assertThrows(
        IllegalTransitionException.class, () -> quoteBy(actorOf(marc), "900.00", "600.00"));
  }

  @Test
  @DisplayName("R-MEM-2 a recipient who must accept the new terms cannot quote yet")
  void inactiveRecipientCannotQuote() {
    network.offerAccompaniment(actorOf(marc), call, "Two sessions.");
    directory.add(Candidate.of(helper, List.of("Négociation"), true, true, false), marc.contact());
    assertThrows(
        AccessDeniedException.class, () -> quoteBy(actorOf(marc), "900.00", "600.00"));
  }

  @Test
  @DisplayName(
      "R-NET-3 both parties find the introduction awaiting them, and each other's contact details"
          + " once both agreed")
  void partiesSeeTheirIntroductions() {
    network.offerAccompaniment(actorOf(marc), call, "Two sessions.");
    IntroductionId id = network.proposeIntroduction(AGENT, call, helper);

    IntroductionInbox.Entry asked = inbox.of(actorOf(eloise)).get(0);
    assertTrue(asked.awaitsMe());
    assertEquals(Optional.of(request.title()), asked.requestTitle());
    assertTrue(asked.call().isEmpty());
    IntroductionInbox.Entry helping = inbox.of(actorOf(marc)).get(0);
    assertEquals(id, helping.view().id());
    assertEquals(SUMMARY, helping.call().orElseThrow().summary());
    assertTrue(helping.otherSide().isEmpty(), "nothing passes before both agreed");

    network.consentToIntroduction(actorOf(eloise), id);
    assertFalse(inbox.of(actorOf(eloise)).get(0).awaitsMe());
    network.consentToIntroduction(actorOf(marc), id);
    assertEquals(
        Optional.of(marc.contact()), inbox.of(actorOf(eloise)).get(0).otherSide());
    assertEquals(Optional.of(eloise.contact()), inbox.of(actorOf(marc)).get(0).otherSide());
    assertTrue(inbox.of(partnerActor).isEmpty());
  }

  @Test
  @DisplayName("R-PRV-3 the Service has no introduction inbox of its own")
  void serviceHasNoInbox() {
    assertThrows(AccessDeniedException.class, () -> inbox.of(AGENT));
    Actor stranger = new Actor("x@partner.example", Optional.empty(), Set.of(Role.PARTNER));
    assertThrows(AccessDeniedException.class, () -> inbox.of(stranger));
  }

  @Test
  @DisplayName(
      "R-NET-1 the Service reads the open calls of a request, who answered and who was introduced")
  void serviceReadsTheCalls() {
    network.offerAccompaniment(actorOf(marc), call, "Two sessions.");
    assertEquals(List.of(call), console.openCalls(AGENT, request.id()).stream().map(CallForHelp::id).toList());
    assertEquals("Marc Martin", console.nameOf(AGENT, helper));
    assertEquals("Cabinet Conseil", console.nameOf(AGENT, partner));
    assertEquals(
        "Éloïse Dupont-Lefèvre (Boulangerie Lefèvre SARL)",
        console.nameOf(AGENT, Participant.member(eloise.id())));
    assertFalse(console.introductionProposed(AGENT, call, helper));
    network.proposeIntroduction(AGENT, call, helper);
    assertTrue(console.introductionProposed(AGENT, call, helper));
    Participant unknown = Participant.partner(PartnerId.newId());
    assertEquals(unknown.toString(), console.nameOf(AGENT, unknown));
  }

  @Test
  @DisplayName("R-PRV-3 only the Service reads the network console")
  void consoleIsTheServices() {
    Actor member = actorOf(marc);
    assertThrows(AccessDeniedException.class, () -> console.openCalls(member, request.id()));
    assertThrows(AccessDeniedException.class, () -> console.nameOf(member, helper));
    assertThrows(
        AccessDeniedException.class, () -> console.introductionProposed(member, call, helper));
  }

  /** Partners in memory, by name. */
  static final class InMemoryPartners implements PartnerRegistry {
    private final List<Partner> partners = new ArrayList<>();

    @Override
    public List<Partner> all() {
      return partners.stream().sorted(Comparator.comparing(Partner::name)).toList();
    }

    @Override
    public Optional<Partner> find(PartnerId id) {
      return partners.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public void add(Partner partner) {
      partners.add(partner);
    }

    @Override
    public void setActive(PartnerId id, boolean active) {
      Partner p = find(id).orElseThrow(() -> new NotFoundException("Partner", id));
      partners.set(
          partners.indexOf(p),
          new Partner(p.id(), p.name(), p.login(), p.contact(), p.skills(), active));
    }

    @Override
    public void giveLogin(PartnerId id, String login) {
      Partner p = find(id).orElseThrow(() -> new NotFoundException("Partner", id));
      partners.set(
          partners.indexOf(p),
          new Partner(
              p.id(), p.name(), Optional.of(login), p.contact(), p.skills(), p.active()));
    }
  }
}
