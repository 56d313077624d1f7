package org.clubaide.core.network;

import org.clubaide.core.testing.MutableClock;
import java.time.ZoneOffset;
import java.time.Instant;

import static org.clubaide.core.network.NetworkFixtures.AGENT;
import static org.clubaide.core.network.NetworkFixtures.LABEL_KEY;
import static org.clubaide.core.network.NetworkFixtures.aMember;
import static org.clubaide.core.network.NetworkFixtures.aRequestBy;
import static org.clubaide.core.network.NetworkFixtures.actorOf;
import static org.clubaide.core.network.NetworkFixtures.eloise;
import static org.clubaide.core.network.NetworkFixtures.marc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.access.Actor;
import org.clubaide.core.access.Role;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.Identity;
import org.clubaide.core.member.Member;
import org.clubaide.core.money.Money;
import org.clubaide.core.request.AcceptanceRoute;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.SolutionDeadline;
import org.clubaide.core.request.WithdrawalReason;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.core.shared.IllegalTransitionException;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NetworkServiceTest {

  private static final String SUMMARY = "A bakery needs to delay a payment to a supplier.";
  private static final Set<String> SKILLS = Set.of("Négociation", "trésorerie");
  private static final String PARTNER_LOGIN = "desk@partner.example";

  private final MutableClock clock = MutableClock.at(Instant.parse("2025-03-03T09:00:00Z"), ZoneOffset.UTC);
  private final InMemoryHelpRequests requests = new InMemoryHelpRequests();
  private final InMemoryMembers members = new InMemoryMembers();
  private final InMemoryNetworkDirectory directory = new InMemoryNetworkDirectory();
  private final InMemoryCalls calls = new InMemoryCalls();
  private final InMemoryIntroductions introductions = new InMemoryIntroductions();
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

  private final Member eloise = eloise(clock);
  private final Member marc = marc(clock);
  private final Member bob =
      aMember(
          new Identity("Bob", "Silent", Optional.empty()),
          new ContactDetails("bob@example.org", "04 00 00 00 01", "1 quai Est, 69001 Lyon"),
          clock);
  private final Member carl =
      aMember(
          new Identity("Carl", "Outsider", Optional.empty()),
          new ContactDetails("carl@example.org", "04 00 00 00 02", "2 quai Ouest, 69005 Lyon"),
          clock);
  private final PartnerId partnerId = PartnerId.newId();
  private final Participant partner = Participant.partner(partnerId);
  private final Participant helper = Participant.member(marc.id());
  private final Actor partnerActor =
      new Actor(PARTNER_LOGIN, Optional.empty(), Set.of(Role.PARTNER));
  private final ContactDetails partnerContact =
      new ContactDetails(PARTNER_LOGIN, "04 72 00 00 00", "10 cours Lafayette, 69003 Lyon");
  private HelpRequest request;

  @BeforeEach
  void setUp() {
    for (Member member : List.of(eloise, marc, bob, carl)) {
      members.save(member);
    }
    directory.add(
        Candidate.of(Participant.member(eloise.id()), List.of("negociation"), true, true, true),
        eloise.contact());
    directory.add(
        Candidate.of(helper, List.of("Négociation", "Trésorerie"), true, true, true),
        marc.contact());
    directory.add(
        Candidate.of(Participant.member(bob.id()), List.of("negociation"), false, true, true),
        bob.contact());
    directory.add(
        Candidate.of(Participant.member(carl.id()), List.of("jardinage"), true, true, true),
        carl.contact());
    directory.add(Candidate.of(partner, List.of("tresorerie"), true, true, true), partnerContact);
    directory.addPartnerLogin(PARTNER_LOGIN, partnerId);
    request = aRequestBy(eloise, clock);
    requests.save(request);
  }

  private void accept() {
    HelpRequest loaded = requests.findById(request.id()).orElseThrow();
    loaded.accept(
        AGENT,
        AcceptanceRoute.NETWORK,
        SolutionDeadline.fixed(LocalDate.now(clock).plusDays(10)),
        clock);
    requests.save(loaded);
  }

  private CallId sendCall(List<Participant> recipients) {
    accept();
    return network.sendCall(AGENT, new SendCallForHelp(request.id(), SUMMARY, SKILLS, recipients));
  }

  private IntroductionId introductionWithMarc() {
    CallId call = sendCall(List.of(helper, partner));
    network.offerAccompaniment(actorOf(marc), call, "Two sessions on supplier negotiation.");
    return network.proposeIntroduction(AGENT, call, helper);
  }

  @Test
  @DisplayName("R-PRV-3 only the central Service searches the network")
  void onlyServiceMatches() {
    assertThrows(
        AccessDeniedException.class, () -> network.match(actorOf(marc), request.id(), SKILLS, 10));
  }

  @Test
  @DisplayName("R-NET-1 the Service finds who offered the wanted skills, best first")
  void matchesByDirectory() {
    List<Match> matches = network.match(AGENT, request.id(), SKILLS, 10);
    assertEquals(List.of(helper, partner), matches.stream().map(Match::participant).toList());
  }

  @Test
  @DisplayName("R-PRV-3 only the central Service previews and sends calls for help")
  void onlyServiceSendsCalls() {
    accept();
    Actor member = actorOf(marc);
    assertThrows(
        AccessDeniedException.class,
        () -> network.previewCall(member, request.id(), SUMMARY, SKILLS));
    assertThrows(
        AccessDeniedException.class,
        () ->
            network.sendCall(
                member, new SendCallForHelp(request.id(), SUMMARY, SKILLS, List.of(helper))));
  }

  @Test
  @DisplayName(
      "R-NET-2 the preview shows what recipients will see and refuses a summary naming the"
          + " requester")
  void previewIsTheAnonymousView() {
    AnonymousRequestView view = network.previewCall(AGENT, request.id(), SUMMARY, SKILLS);
    assertEquals(SUMMARY, view.summary());
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () -> network.previewCall(AGENT, request.id(), "Call Mrs DUPONT first.", SKILLS));
    assertEquals("R-NET-2", e.rule());
  }

  @Test
  @DisplayName("R-NET-1 a call for help is sent only about an accepted request")
  void sendsOnlyForAcceptedRequests() {
    IllegalTransitionException e =
        assertThrows(
            IllegalTransitionException.class,
            () ->
                network.sendCall(
                    AGENT, new SendCallForHelp(request.id(), SUMMARY, SKILLS, List.of(helper))));
    assertEquals("SUBMITTED", e.state());
  }

  @Test
  @DisplayName("R-MEM-3 a call cannot go to a member who did not offer their skills to the network")
  void recipientsMustHaveOffered() {
    assertThrows(
        RuleViolationException.class,
        () -> sendCall(List.of(helper, Participant.member(bob.id()))));
  }

  @Test
  @DisplayName(
      "R-PRV-3 a recipient sees the call sent to them; anyone else is told it does not exist")
  void onlyRecipientsSeeCalls() {
    CallId call = sendCall(List.of(helper));
    assertEquals(call, network.viewCall(actorOf(marc), call).id());
    assertThrows(NotFoundException.class, () -> network.viewCall(actorOf(carl), call));
    assertThrows(NotFoundException.class, () -> network.viewCall(actorOf(eloise), call));
    assertThrows(NotFoundException.class, () -> network.viewCall(partnerActor, call));
    assertThrows(NotFoundException.class, () -> network.viewCall(AGENT, call));
  }

  @Test
  @DisplayName(
      "R-NET-2 what a recipient sees of a call holds nothing that identifies the requester")
  void recipientViewIsAnonymous() {
    CallId call = sendCall(List.of(helper, partner));
    String seen = network.viewCall(partnerActor, call).toString().toLowerCase(Locale.ROOT);
    for (String identifying :
        List.of(
            "eloise",
            "éloïse",
            "dupont",
            "lefèvre",
            "boulangerie",
            "lefevre-boulangerie.fr",
            "12 34 56 78",
            "rue des lilas",
            eloise.id().toString(),
            request.id().toString())) {
      assertFalse(seen.contains(identifying), identifying);
    }
  }

  @Test
  @DisplayName("R-NET-1 a member or partner lists the calls sent to them, and only those")
  void listsCallsSentToMe() {
    CallId call = sendCall(List.of(partner));
    assertEquals(
        List.of(call),
        network.callsSentToMe(partnerActor, 10).stream().map(RecipientCallView::id).toList());
    assertTrue(network.callsSentToMe(actorOf(marc), 10).isEmpty());
  }

  @Test
  @DisplayName(
      "R-NET-4 a partner answers a call with an accompaniment offer, to be followed by a quote")
  void partnerOffersAccompaniment() {
    CallId call = sendCall(List.of(helper, partner));
    network.offerAccompaniment(partnerActor, call, "Three months of cash-flow coaching.");
    CallAnswer answer = network.viewCall(partnerActor, call).yourAnswer().orElseThrow();
    assertInstanceOf(CallAnswer.AccompanimentOffer.class, answer);
    assertEquals(PARTNER_LOGIN, answer.answeredBy());
  }

  @Test
  @DisplayName("R-NET-4 a member answers a call with a simple solution, which is free")
  void memberOffersSimpleSolution() {
    CallId call = sendCall(List.of(helper));
    network.answerWithSimpleSolution(
        actorOf(marc), call, "Payment plan", "Ask for three instalments.", Optional.empty());
    assertInstanceOf(
        CallAnswer.SimpleSolutionOffer.class,
        network.callForService(AGENT, call).answerOf(helper).orElseThrow());
  }

  @Test
  @DisplayName("R-SOL-1 a simple solution sent in answer to a call cannot carry a price")
  void refusesPricedAnswer() {
    CallId call = sendCall(List.of(helper));
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () ->
                network.answerWithSimpleSolution(
                    actorOf(marc), call, "Plan", "Advice", Optional.of(Money.of("20", "EUR"))));
    assertEquals("R-SOL-1", e.rule());
  }

  @Test
  @DisplayName("R-MEM-2 a recipient without the current terms can read the call but not answer it")
  void answeringNeedsCurrentTerms() {
    CallId call = sendCall(List.of(helper));
    directory.add(Candidate.of(helper, List.of("negociation"), true, true, false), marc.contact());
    assertEquals(call, network.viewCall(actorOf(marc), call).id());
    assertThrows(AccessDeniedException.class, () -> network.declineCall(actorOf(marc), call));
  }

  @Test
  @DisplayName(
      "R-REQ-8 withdrawing the request closes its calls and tells every recipient concerned")
  void withdrawalClosesCalls() {
    CallId call = sendCall(List.of(helper, partner));
    network.declineCall(partnerActor, call);
    HelpRequest loaded = requests.findById(request.id()).orElseThrow();
    loaded.withdraw(actorOf(eloise), WithdrawalReason.SOLVED_ELSEWHERE, clock);
    requests.save(loaded);

    network.requestStopped(request.id());

    assertEquals(CallStatus.CLOSED, network.viewCall(actorOf(marc), call).status());
    CallEvent.CallClosed closed =
        assertInstanceOf(
            CallEvent.CallClosed.class, calls.published.get(calls.published.size() - 1));
    assertEquals(List.of(helper), closed.recipientsToTell());
    assertEquals(CloseReason.REQUEST_WITHDRAWN, closed.reason());
    assertThrows(
        IllegalTransitionException.class,
        () -> network.offerAccompaniment(actorOf(marc), call, "Too late"));
  }

  @Test
  @DisplayName("R-REQ-8 withdrawing the request cancels pending introductions as 'not possible'")
  void withdrawalCancelsIntroductions() {
    IntroductionId id = introductionWithMarc();
    HelpRequest loaded = requests.findById(request.id()).orElseThrow();
    loaded.withdraw(actorOf(eloise), WithdrawalReason.NO_LONGER_ARISES, clock);
    requests.save(loaded);

    network.requestStopped(request.id());

    assertEquals(
        IntroductionView.Outcome.NOT_POSSIBLE,
        network.viewIntroduction(actorOf(marc), id).outcome());
  }

  @Test
  @DisplayName("R-REQ-8 a request still open keeps its calls open")
  void openRequestKeepsCalls() {
    CallId call = sendCall(List.of(helper));
    network.requestStopped(request.id());
    assertEquals(CallStatus.OPEN, network.viewCall(actorOf(marc), call).status());
  }

  @Test
  @DisplayName("R-PRV-3 only the central Service proposes introductions")
  void onlyServiceProposesIntroductions() {
    CallId call = sendCall(List.of(helper));
    network.offerAccompaniment(actorOf(marc), call, "Coaching");
    assertThrows(
        AccessDeniedException.class,
        () -> network.proposeIntroduction(actorOf(marc), call, helper));
  }

  @Test
  @DisplayName("R-NET-3 an introduction is proposed only to a recipient who offered help")
  void introductionNeedsAnOffer() {
    CallId call = sendCall(List.of(helper, partner));
    network.declineCall(partnerActor, call);
    assertThrows(
        RuleViolationException.class, () -> network.proposeIntroduction(AGENT, call, partner));
    assertThrows(
        RuleViolationException.class, () -> network.proposeIntroduction(AGENT, call, helper));
  }

  @Test
  @DisplayName("R-NET-3 an introduction is proposed once per call and helper")
  void introductionOnce() {
    IntroductionId first = introductionWithMarc();
    CallId call = introductions.findById(first).orElseThrow().callId();
    assertThrows(ConflictException.class, () -> network.proposeIntroduction(AGENT, call, helper));
  }

  @Test
  @DisplayName("R-NET-3 when both parties agree on the web, each sees the other's contact details")
  void bothAgreeOnTheWeb() {
    IntroductionId id = introductionWithMarc();
    network.consentToIntroduction(actorOf(eloise), id);
    assertTrue(network.contactOfOtherSide(actorOf(eloise), id).isEmpty());
    network.consentToIntroduction(actorOf(marc), id);
    assertEquals(Optional.of(marc.contact()), network.contactOfOtherSide(actorOf(eloise), id));
    assertEquals(Optional.of(eloise.contact()), network.contactOfOtherSide(actorOf(marc), id));
  }

  @Test
  @DisplayName("R-NET-3 the Service records an agreement received by e-mail, with its channel")
  void agentRecordsEmailConsent() {
    IntroductionId id = introductionWithMarc();
    network.recordConsentByEmail(AGENT, id, IntroductionSide.REQUESTER);
    Consent consent = network.viewIntroduction(actorOf(eloise), id).yourConsent().orElseThrow();
    assertEquals(Channel.EMAIL, consent.channel());
    assertEquals(AGENT.login(), consent.recordedBy());
    assertEquals(clock.instant(), consent.givenAt());
  }

  @Test
  @DisplayName("R-PRV-3 nobody but the two parties sees an introduction, the Service included")
  void onlyPartiesSeeIntroductions() {
    IntroductionId id = introductionWithMarc();
    network.consentToIntroduction(actorOf(eloise), id);
    network.consentToIntroduction(actorOf(marc), id);
    for (Actor outsider : List.of(AGENT, actorOf(carl), partnerActor)) {
      assertThrows(NotFoundException.class, () -> network.viewIntroduction(outsider, id));
      assertThrows(NotFoundException.class, () -> network.contactOfOtherSide(outsider, id));
      assertThrows(NotFoundException.class, () -> network.consentToIntroduction(outsider, id));
    }
  }

  @Test
  @DisplayName(
      "R-NET-3 after the helper refuses, the requester learns only that it is not possible")
  void helperRefuses() {
    IntroductionId id = introductionWithMarc();
    network.consentToIntroduction(actorOf(eloise), id);
    network.refuseIntroduction(actorOf(marc), id);
    IntroductionView seen = network.viewIntroduction(actorOf(eloise), id);
    assertEquals(IntroductionView.Outcome.NOT_POSSIBLE, seen.outcome());
    assertTrue(network.contactOfOtherSide(actorOf(eloise), id).isEmpty());
    assertFalse(seen.toString().contains(marc.id().toString()));
  }

  @Test
  @DisplayName("R-NET-3 the Service may record a refusal received by telephone")
  void recordsPhoneRefusal() {
    IntroductionId id = introductionWithMarc();
    network.recordRefusal(AGENT, id, IntroductionSide.HELPER, Channel.PHONE);
    assertEquals(
        IntroductionView.Outcome.NOT_POSSIBLE,
        network.viewIntroduction(actorOf(marc), id).outcome());
  }

  @Test
  @DisplayName("R-NET-1 a call about an unknown request is reported as not found")
  void unknownRequest() {
    assertThrows(
        NotFoundException.class, () -> network.match(AGENT, RequestId.newId(), SKILLS, 10));
  }

  @Test
  @DisplayName("R-NET-1 a recipient pages through the calls sent to them, newest first")
  void pagesThroughCallsSentToMe() {
    CallId first = sendCall(List.of(partner));
    clock.advance(java.time.Duration.ofMinutes(1));
    CallId second =
        network.sendCall(AGENT, new SendCallForHelp(request.id(), SUMMARY, SKILLS, List.of(partner)));

    List<RecipientCallView> page = network.callsSentToMe(partnerActor, Optional.empty(), 1);
    assertEquals(List.of(second), page.stream().map(RecipientCallView::id).toList());
    List<RecipientCallView> next =
        network.callsSentToMe(partnerActor, Optional.of(CallCursor.after(page.get(0))), 1);
    assertEquals(List.of(first), next.stream().map(RecipientCallView::id).toList());
    assertTrue(
        network
            .callsSentToMe(partnerActor, Optional.of(CallCursor.after(next.get(0))), 1)
            .isEmpty());
  }

  @Test
  @DisplayName("R-PRV-3 the Service receives no calls for help: only members and partners do")
  void serviceHasNoCallsSentToIt() {
    assertThrows(
        AccessDeniedException.class, () -> network.callsSentToMe(AGENT, Optional.empty(), 10));
  }

  @Test
  @DisplayName("R-NET-1 the Service sees the open calls about a request, with their answers")
  void serviceSeesOpenCalls() {
    CallId call = sendCall(List.of(helper));
    network.offerAccompaniment(actorOf(marc), call, "Coaching");

    List<CallForHelp> open = network.openCalls(AGENT, request.id());

    assertEquals(List.of(call), open.stream().map(CallForHelp::id).toList());
    assertTrue(open.get(0).answerOf(helper).orElseThrow().offersHelp());
    network.closeCall(AGENT, call);
    assertTrue(network.openCalls(AGENT, request.id()).isEmpty());
  }

  @Test
  @DisplayName("R-PRV-3 only the Service sees the calls about a request")
  void onlyServiceSeesOpenCalls() {
    sendCall(List.of(helper));
    for (Actor other : List.of(actorOf(eloise), actorOf(marc), partnerActor)) {
      assertThrows(AccessDeniedException.class, () -> network.openCalls(other, request.id()));
    }
    assertThrows(NotFoundException.class, () -> network.openCalls(AGENT, RequestId.newId()));
  }

  @Test
  @DisplayName(
      "R-NET-3 each party lists their introductions, those awaiting their answer marked so")
  void partiesListTheirIntroductions() {
    IntroductionId id = introductionWithMarc();
    network.consentToIntroduction(actorOf(eloise), id);

    List<IntroductionView> eloises = network.myIntroductions(actorOf(eloise), Optional.empty(), 10);
    List<IntroductionView> marcs = network.myIntroductions(actorOf(marc), Optional.empty(), 10);

    assertEquals(List.of(id), eloises.stream().map(IntroductionView::id).toList());
    assertEquals(IntroductionView.Outcome.AWAITING_THE_OTHER_SIDE, eloises.get(0).outcome());
    assertEquals(List.of(id), marcs.stream().map(IntroductionView::id).toList());
    assertEquals(IntroductionView.Outcome.AWAITING_YOUR_ANSWER, marcs.get(0).outcome());
    assertTrue(network.myIntroductions(actorOf(carl), Optional.empty(), 10).isEmpty());
    assertThrows(
        AccessDeniedException.class, () -> network.myIntroductions(AGENT, Optional.empty(), 10));
  }

  @Test
  @DisplayName("R-NET-3 a party pages through their introductions, newest first")
  void pagesThroughIntroductions() {
    IntroductionId first = introductionWithMarc();
    clock.advance(java.time.Duration.ofMinutes(1));
    CallId other = network.sendCall(AGENT, new SendCallForHelp(request.id(), SUMMARY, SKILLS, List.of(helper)));
    network.offerAccompaniment(actorOf(marc), other, "A second offer.");
    IntroductionId second = network.proposeIntroduction(AGENT, other, helper);

    List<IntroductionView> page = network.myIntroductions(actorOf(eloise), Optional.empty(), 1);
    assertEquals(List.of(second), page.stream().map(IntroductionView::id).toList());
    List<IntroductionView> next =
        network.myIntroductions(
            actorOf(eloise), Optional.of(IntroductionCursor.after(page.get(0))), 1);
    assertEquals(List.of(first), next.stream().map(IntroductionView::id).toList());
    assertEquals(clock.instant(), page.get(0).proposedAt());
  }
}
