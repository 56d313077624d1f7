package org.clubaide.core.quote;

import org.clubaide.core.testing.MutableClock;

import static org.clubaide.core.quote.Quotes.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.access.Actor;
import org.clubaide.core.access.Role;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.money.Money;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.shared.RuleViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuoteServiceTest {

  private final MutableClock clock = MutableClock.atNoon(TODAY);
  private final InMemoryQuoteRepository quotes = new InMemoryQuoteRepository();
  private final Map<RequestId, MemberId> requesters = new HashMap<>();
  private final QuoteService service =
      new QuoteService(quotes, id -> Optional.ofNullable(requesters.get(id)), clock);

  private final MemberId requesterId = MemberId.newId();
  private final Actor requester = Actor.member("requester@example.org", requesterId);
  private final MemberId helperId = MemberId.newId();
  private final Actor helper = Actor.member("helper@example.org", helperId);
  private final Actor partner = new Actor("cabinet-durand", Optional.empty(), Set.of(Role.PARTNER));
  private final Actor agent = Quotes.anAgent();
  private final Actor otherMember = Actor.member("other@example.org", MemberId.newId());
  private final RequestId request = RequestId.newId();

  QuoteServiceTest() {
    requesters.put(request, requesterId);
  }

  private ProposeQuote offer(String usual, String member, LocalDate validUntil) {
    return ProposeQuote.inOwnName(
        request,
        "Legal accompaniment",
        "Drafting and following up the contract with the supplier.",
        Money.of(usual, "EUR"),
        Money.of(member, "EUR"),
        EngagementDuration.months(2),
        validUntil);
  }

  private ProposeQuote offer() {
    return offer("1000.00", "800.00", TODAY.plusDays(14));
  }

  private QuoteId proposedBy(Actor actor) {
    clock.advance(Duration.ofMinutes(1));
    return service.propose(actor, offer());
  }

  private Quote stored(QuoteId id) {
    return quotes.findById(id).orElseThrow();
  }

  private static AcceptQuote accepting(QuoteId id) {
    return new AcceptQuote(id, Acknowledgement.confirmed(IntermediaryNotice.CURRENT.version()));
  }

  @Test
  @DisplayName("R-SOL-2 the Service makes a quote in its own name")
  void serviceQuotesInItsOwnName() {
    QuoteId id = service.propose(agent, offer());

    Quote quote = stored(id);
    assertEquals(Provider.service(), quote.provider());
    assertEquals(QuoteStatus.PROPOSED, quote.status(clock));
  }

  @Test
  @DisplayName("R-SOL-2 a member makes a quote in their own name")
  void memberQuotesInOwnName() {
    QuoteId id = service.propose(helper, offer());

    assertEquals(Provider.member(helperId), stored(id).provider());
  }

  @Test
  @DisplayName("R-SOL-2 a partner of the network makes a quote in its own name")
  void partnerQuotesInOwnName() {
    QuoteId id = service.propose(partner, offer());

    assertEquals(Provider.partner("cabinet-durand"), stored(id).provider());
  }

  @Test
  @DisplayName("R-SOL-2 an agent records a partner's offer on the partner's behalf")
  void agentRecordsOnBehalfOfAPartner() {
    ProposeQuote o = offer();
    ProposeQuote recorded =
        new ProposeQuote(
            o.requestId(),
            Optional.of(Provider.partner("Cabinet Durand")),
            o.title(),
            o.scope(),
            o.usualPrice(),
            o.memberPrice(),
            o.duration(),
            o.validUntil());

    Quote quote = stored(service.propose(agent, recorded));

    assertEquals(ProviderKind.PARTNER, quote.provider().kind());
    QuoteEvent.QuoteProposed event =
        assertInstanceOf(QuoteEvent.QuoteProposed.class, quote.events().get(0));
    assertTrue(event.byService());
    assertEquals(agent.login(), event.actor());
  }

  @Test
  @DisplayName("R-SOL-2 only the Service records a quote on a provider's behalf")
  void onlyTheServiceRecordsOnBehalf() {
    ProposeQuote o = offer();
    ProposeQuote forSomeoneElse =
        new ProposeQuote(
            o.requestId(),
            Optional.of(Provider.partner("Cabinet Durand")),
            o.title(),
            o.scope(),
            o.usualPrice(),
            o.memberPrice(),
            o.duration(),
            o.validUntil());

    assertThrows(AccessDeniedException.class, () -> service.propose(helper, forSomeoneElse));
    assertEquals(0, quotes.size());
  }

  @Test
  @DisplayName("R-SOL-2 the member who raised the request cannot quote on it")
  void requesterCannotQuoteOwnRequest() {
    RuleViolationException e =
        assertThrows(RuleViolationException.class, () -> service.propose(requester, offer()));

    assertEquals("R-SOL-2", e.rule());
    assertEquals("provider", e.field());
    assertEquals(0, quotes.size());
  }

  @Test
  @DisplayName("R-SOL-2 the Service cannot record a quote that names the requester as provider")
  void serviceCannotNameTheRequesterAsProvider() {
    ProposeQuote o = offer();
    ProposeQuote fromRequester =
        new ProposeQuote(
            o.requestId(),
            Optional.of(Provider.member(requesterId)),
            o.title(),
            o.scope(),
            o.usualPrice(),
            o.memberPrice(),
            o.duration(),
            o.validUntil());

    RuleViolationException e =
        assertThrows(RuleViolationException.class, () -> service.propose(agent, fromRequester));

    assertEquals("R-SOL-2", e.rule());
  }

  @Test
  @DisplayName("R-SOL-2 a quote on a request that does not exist is refused as not found")
  void quoteOnUnknownRequest() {
    ProposeQuote o = offer();
    ProposeQuote elsewhere =
        ProposeQuote.inOwnName(
            RequestId.newId(),
            o.title(),
            o.scope(),
            o.usualPrice(),
            o.memberPrice(),
            o.duration(),
            o.validUntil());

    assertThrows(NotFoundException.class, () -> service.propose(helper, elsewhere));
  }

  @Test
  @DisplayName("R-SOL-3 the service refuses a quote whose member price is not below the usual one")
  void serviceRefusesANonPreferentialQuote() {
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () -> service.propose(helper, offer("800.00", "850.00", TODAY.plusDays(5))));

    assertEquals("R-SOL-3", e.rule());
    assertEquals(0, quotes.size());
  }

  @Test
  @DisplayName("R-SOL-4 the requester lists the quotes of the request, oldest first")
  void requesterListsQuotes() {
    QuoteId first = proposedBy(helper);
    QuoteId second = proposedBy(partner);

    List<Quote> listed = service.list(requester, request);

    assertEquals(List.of(first, second), listed.stream().map(Quote::id).toList());
  }

  @Test
  @DisplayName("R-PRV-3 the Service lists the quotes of a request")
  void serviceListsQuotes() {
    proposedBy(helper);

    assertEquals(1, service.list(agent, request).size());
  }

  @Test
  @DisplayName("R-PRV-3 another member listing a request's quotes is told it does not exist")
  void otherMemberCannotList() {
    proposedBy(helper);

    assertThrows(NotFoundException.class, () -> service.list(otherMember, request));
  }

  @Test
  @DisplayName("R-PRV-3 a provider cannot list the quotes of the request it quoted on")
  void providerCannotList() {
    proposedBy(partner);

    assertThrows(NotFoundException.class, () -> service.list(partner, request));
  }

  @Test
  @DisplayName("R-SOL-4 the requester compares the quotes of the request side by side")
  void requesterCompares() {
    QuoteId first = proposedBy(helper);
    QuoteId second = proposedBy(agent);

    QuoteComparison comparison = service.compare(requester, request);

    assertEquals(request, comparison.requestId());
    assertEquals(
        List.of(first, second),
        comparison.rows().stream().map(QuoteComparison.Row::quoteId).toList());
  }

  @Test
  @DisplayName("R-PRV-3 another member comparing a request's quotes is told it does not exist")
  void otherMemberCannotCompare() {
    proposedBy(helper);

    assertThrows(NotFoundException.class, () -> service.compare(otherMember, request));
  }

  @Test
  @DisplayName("R-SOL-5 the requester accepts a quote, and the acceptance is saved")
  void requesterAccepts() {
    QuoteId id = proposedBy(helper);

    service.accept(requester, accepting(id));

    Quote quote = stored(id);
    assertEquals(QuoteStatus.ACCEPTED, quote.status(clock));
    assertEquals(
        IntermediaryNotice.CURRENT.version(), quote.acceptance().orElseThrow().noticeVersion());
  }

  @Test
  @DisplayName("R-SOL-4 accepting a quote declines the other open quotes of the request")
  void acceptingDeclinesTheOthers() {
    QuoteId taken = proposedBy(helper);
    QuoteId other = proposedBy(partner);

    service.accept(requester, accepting(taken));

    Quote declined = stored(other);
    assertEquals(QuoteStatus.DECLINED, declined.status(clock));
    QuoteEvent.QuoteDeclined event =
        assertInstanceOf(QuoteEvent.QuoteDeclined.class, declined.events().get(1));
    assertEquals(DeclineCause.ANOTHER_QUOTE_ACCEPTED, event.cause());
  }

  @Test
  @DisplayName("R-SOL-4 once a quote of a request is accepted, no other quote of it can be")
  void onlyOneQuoteAccepted() {
    QuoteId taken = proposedBy(helper);
    QuoteId other = proposedBy(partner);
    service.accept(requester, accepting(taken));

    ConflictException e =
        assertThrows(ConflictException.class, () -> service.accept(requester, accepting(other)));

    assertEquals("R-SOL-4", e.rule());
  }

  @Test
  @DisplayName("R-SOL-4 no quote can be made on a request whose quote was accepted")
  void noQuoteAfterAcceptance() {
    service.accept(requester, accepting(proposedBy(helper)));

    ConflictException e =
        assertThrows(ConflictException.class, () -> service.propose(partner, offer()));

    assertEquals("R-SOL-4", e.rule());
    assertEquals(1, quotes.size());
  }

  @Test
  @DisplayName("R-SOL-6 accepting a quote leaves the expired quotes of the request expired")
  void expiredOthersStayExpired() {
    clock.advance(Duration.ofMinutes(1));
    QuoteId shortLived = service.propose(partner, offer("1000.00", "800.00", TODAY));
    clock.advance(Duration.ofMinutes(1));
    QuoteId lasting = service.propose(helper, offer("1000.00", "700.00", TODAY.plusDays(30)));
    clock.advanceDays(1);

    service.accept(requester, accepting(lasting));

    Quote expired = stored(shortLived);
    assertEquals(QuoteStatus.EXPIRED, expired.status(clock));
    assertEquals(1, expired.events().size());
  }

  @Test
  @DisplayName("R-SOL-6 accepting an expired quote is refused and the other quotes stay open")
  void expiredQuoteRefusedLeavesOthersOpen() {
    clock.advance(Duration.ofMinutes(1));
    QuoteId shortLived = service.propose(partner, offer("1000.00", "800.00", TODAY));
    QuoteId lasting = proposedBy(helper);
    clock.advanceDays(1);

    RuleViolationException e =
        assertThrows(
            RuleViolationException.class, () -> service.accept(requester, accepting(shortLived)));

    assertEquals("R-SOL-6", e.rule());
    assertEquals(QuoteStatus.PROPOSED, stored(lasting).status(clock));
  }

  @Test
  @DisplayName("R-SOL-5 accepting without confirming the notice is refused and nothing changes")
  void acceptanceWithoutAcknowledgementChangesNothing() {
    QuoteId id = proposedBy(helper);
    QuoteId other = proposedBy(partner);

    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () -> service.accept(requester, new AcceptQuote(id, null)));

    assertEquals("R-SOL-5", e.rule());
    assertEquals(QuoteStatus.PROPOSED, stored(id).status(clock));
    assertEquals(QuoteStatus.PROPOSED, stored(other).status(clock));
  }

  @Test
  @DisplayName("R-SOL-5 the Service cannot accept a quote for the member")
  void serviceCannotAccept() {
    QuoteId id = proposedBy(helper);

    assertThrows(AccessDeniedException.class, () -> service.accept(agent, accepting(id)));
    assertEquals(QuoteStatus.PROPOSED, stored(id).status(clock));
  }

  @Test
  @DisplayName("R-PRV-3 another member accepting a quote is told it does not exist")
  void otherMemberCannotAccept() {
    QuoteId id = proposedBy(helper);

    assertThrows(NotFoundException.class, () -> service.accept(otherMember, accepting(id)));
  }

  @Test
  @DisplayName("R-PRV-3 the provider cannot accept its own quote")
  void providerCannotAccept() {
    QuoteId id = proposedBy(helper);

    assertThrows(NotFoundException.class, () -> service.accept(helper, accepting(id)));
  }

  @Test
  @DisplayName("R-SOL-4 the requester declines a quote with a note, and the decline is saved")
  void requesterDeclines() {
    QuoteId id = proposedBy(helper);

    service.decline(requester, id, "I found help elsewhere.");

    Quote quote = stored(id);
    assertEquals(QuoteStatus.DECLINED, quote.status(clock));
    QuoteEvent.QuoteDeclined event =
        assertInstanceOf(QuoteEvent.QuoteDeclined.class, quote.events().get(1));
    assertEquals("I found help elsewhere.", event.note());
  }

  @Test
  @DisplayName("R-SOL-4 the Service cannot decline a quote for the member")
  void serviceCannotDecline() {
    QuoteId id = proposedBy(helper);

    assertThrows(AccessDeniedException.class, () -> service.decline(agent, id, ""));
  }

  @Test
  @DisplayName("R-PRV-3 deciding on a quote that does not exist is refused as not found")
  void unknownQuote() {
    QuoteId unknown = QuoteId.newId();

    assertThrows(NotFoundException.class, () -> service.decline(requester, unknown, ""));
  }

  @Test
  @DisplayName("R-SOL-4 the requester and the Service read one quote of the request")
  void requesterAndServiceReadAQuote() {
    QuoteId id = proposedBy(helper);

    assertEquals(id, service.view(requester, id).id());
    assertEquals(id, service.view(agent, id).id());
  }

  @Test
  @DisplayName(
      "R-PRV-3 anyone but the requester and the Service is told a quote does not exist, its"
          + " provider included")
  void othersDoNotReadAQuote() {
    QuoteId id = proposedBy(helper);

    for (Actor other : List.of(otherMember, helper, partner)) {
      assertThrows(NotFoundException.class, () -> service.view(other, id));
    }
    assertThrows(NotFoundException.class, () -> service.view(requester, QuoteId.newId()));
  }
}
