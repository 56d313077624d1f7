package org.clubaide.core.quote;

import org.clubaide.core.testing.MutableClock;

import static org.clubaide.core.quote.Quotes.TODAY;
import static org.clubaide.core.quote.Quotes.aQuote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.money.Money;
import org.clubaide.core.shared.IllegalTransitionException;
import org.clubaide.core.shared.RuleViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuoteTest {

  private final MutableClock clock = MutableClock.atNoon(TODAY);
  private final Actor requester = Actor.member("requester@example.org", MemberId.newId());

  private static Acknowledgement confirmed() {
    return Acknowledgement.confirmed(IntermediaryNotice.CURRENT.version());
  }

  @Test
  @DisplayName("R-SOL-3 a quote whose member price is not below the usual price is refused")
  void memberPriceEqualToUsualIsRefused() {
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () -> aQuote().prices("900.00", "900.00").proposedOn(clock));

    assertEquals("R-SOL-3", e.rule());
    assertEquals("memberPrice", e.field());
    assertEquals(
        "The member price (900.00 EUR) must be below the usual price (900.00 EUR): a quote offers"
            + " members better conditions than the usual price.",
        e.getMessage());
  }

  @Test
  @DisplayName("R-SOL-3 a quote whose two prices are in different currencies is refused")
  void pricesInDifferentCurrenciesAreRefused() {
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () ->
                aQuote()
                    .prices(Money.of("1200.00", "EUR"), Money.of("900.00", "CHF"))
                    .proposedOn(clock));

    assertEquals("R-SOL-3", e.rule());
    assertEquals("memberPrice", e.field());
  }

  @Test
  @DisplayName("R-SOL-3 a quote without a usual price is refused")
  void missingUsualPriceIsRefused() {
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () -> aQuote().prices(null, Money.of("900.00", "EUR")).proposedOn(clock));

    assertEquals("usualPrice", e.field());
  }

  @Test
  @DisplayName("R-SOL-3 a member price of zero is a valid preferential offer with a 100% saving")
  void freeAccompanimentIsAllowed() {
    Quote quote = aQuote().prices("500.00", "0.00").proposedOn(clock);

    assertEquals(new BigDecimal("100.00"), quote.saving().percent());
  }

  @Test
  @DisplayName("R-SOL-3 the saving is the usual price minus the member price, with its percent")
  void savingIsDerivedFromThePrices() {
    Quote quote = aQuote().prices("1200.00", "900.00").proposedOn(clock);

    assertEquals(Money.of("300.00", "EUR"), quote.saving().amount());
    assertEquals(new BigDecimal("25.00"), quote.saving().percent());
  }

  @Test
  @DisplayName("R-SOL-3 the saving percent has two decimals rounded half up")
  void savingPercentIsRoundedHalfUp() {
    Quote quote = aQuote().prices("800.00", "799.00").proposedOn(clock);

    assertEquals(new BigDecimal("0.13"), quote.saving().percent());
  }

  @Test
  @DisplayName("R-SOL-2 a quote without a title is refused")
  void blankTitleIsRefused() {
    RuleViolationException e =
        assertThrows(RuleViolationException.class, () -> aQuote().title("  ").proposedOn(clock));

    assertEquals("title", e.field());
  }

  @Test
  @DisplayName("R-SOL-2 a title over the limit is refused")
  void titleOverLimitIsRefused() {
    String tooLong = "t".repeat(Quote.TITLE_MAX + 1);

    RuleViolationException e =
        assertThrows(RuleViolationException.class, () -> aQuote().title(tooLong).proposedOn(clock));

    assertEquals("R-SOL-2", e.rule());
    assertEquals("title", e.field());
  }

  @Test
  @DisplayName("R-SOL-2 a scope over the limit is refused")
  void scopeOverLimitIsRefused() {
    String tooLong = "s".repeat(Quote.SCOPE_MAX + 1);

    RuleViolationException e =
        assertThrows(RuleViolationException.class, () -> aQuote().scope(tooLong).proposedOn(clock));

    assertEquals("scope", e.field());
  }

  @Test
  @DisplayName("R-SOL-2 a quote without a duration is refused")
  void missingDurationIsRefused() {
    RuleViolationException e =
        assertThrows(RuleViolationException.class, () -> aQuote().duration(null).proposedOn(clock));

    assertEquals("duration", e.field());
  }

  @Test
  @DisplayName("R-SOL-6 a quote whose validity date is in the past is refused")
  void validityInThePastIsRefused() {
    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () -> aQuote().validUntil(TODAY.minusDays(1)).proposedOn(clock));

    assertEquals("R-SOL-6", e.rule());
    assertEquals("validUntil", e.field());
  }

  @Test
  @DisplayName("R-SOL-6 a quote valid until today can be made and accepted today")
  void validUntilTodayCanBeAccepted() {
    Quote quote = aQuote().validUntil(TODAY).proposedOn(clock);

    quote.accept(requester, confirmed(), clock);

    assertEquals(QuoteStatus.ACCEPTED, quote.status(clock));
  }

  @Test
  @DisplayName("R-SOL-6 a proposed quote is expired from the day after its validity date")
  void quoteExpiresTheDayAfterItsValidity() {
    Quote quote = aQuote().validUntil(TODAY.plusDays(3)).proposedOn(clock);
    clock.advanceDays(3);
    assertEquals(QuoteStatus.PROPOSED, quote.status(clock));

    clock.advanceDays(1);

    assertEquals(QuoteStatus.EXPIRED, quote.status(clock));
  }

  @Test
  @DisplayName("R-SOL-6 an expired quote cannot be accepted")
  void expiredQuoteCannotBeAccepted() {
    Quote quote = aQuote().validUntil(TODAY).proposedOn(clock);
    clock.advanceDays(1);

    RuleViolationException e =
        assertThrows(
            RuleViolationException.class, () -> quote.accept(requester, confirmed(), clock));

    assertEquals("R-SOL-6", e.rule());
    assertEquals(
        "This quote was valid until 2026-03-02 and has expired; ask for a new quote.",
        e.getMessage());
  }

  @Test
  @DisplayName("R-SOL-6 an accepted quote does not become expired when its validity date passes")
  void acceptedQuoteStaysAccepted() {
    Quote quote = aQuote().validUntil(TODAY).proposedOn(clock);
    quote.accept(requester, confirmed(), clock);

    clock.advanceDays(10);

    assertEquals(QuoteStatus.ACCEPTED, quote.status(clock));
  }

  @Test
  @DisplayName("R-SOL-5 accepting without confirming the intermediary notice is refused")
  void acceptanceWithoutAcknowledgementIsRefused() {
    Quote quote = aQuote().proposedOn(clock);
    Acknowledgement unticked = new Acknowledgement(false, IntermediaryNotice.CURRENT.version());

    RuleViolationException e =
        assertThrows(RuleViolationException.class, () -> quote.accept(requester, unticked, clock));

    assertEquals("R-SOL-5", e.rule());
    assertEquals("acknowledgement", e.field());
  }

  @Test
  @DisplayName("R-SOL-5 accepting after confirming an outdated notice version is refused")
  void acceptanceOfAnOutdatedNoticeIsRefused() {
    Quote quote = aQuote().proposedOn(clock);

    RuleViolationException e =
        assertThrows(
            RuleViolationException.class,
            () -> quote.accept(requester, Acknowledgement.confirmed("QUOTE-NOTICE-0"), clock));

    assertEquals("noticeVersion", e.field());
    assertEquals(QuoteStatus.PROPOSED, quote.status(clock));
  }

  @Test
  @DisplayName("R-SOL-5 the acceptance records the confirmed notice version, the time and who")
  void acceptanceRecordsTheAcknowledgement() {
    Quote quote = aQuote().proposedOn(clock);
    clock.advance(Duration.ofMinutes(5));

    quote.accept(requester, confirmed(), clock);

    assertEquals(
        new Acceptance(
            IntermediaryNotice.CURRENT.version(), clock.instant(), "requester@example.org"),
        quote.acceptance().orElseThrow());
  }

  @Test
  @DisplayName("R-SOL-5 accepting records a QuoteAccepted event with the notice version")
  void acceptanceRecordsAnEvent() {
    Quote quote = aQuote().proposedOn(clock);

    quote.accept(requester, confirmed(), clock);

    QuoteEvent.QuoteAccepted event =
        assertInstanceOf(QuoteEvent.QuoteAccepted.class, quote.events().get(1));
    assertEquals(quote.id(), event.quoteId());
    assertEquals(quote.requestId(), event.requestId());
    assertEquals("requester@example.org", event.actor());
    assertEquals(IntermediaryNotice.CURRENT.version(), event.noticeVersion());
  }

  @Test
  @DisplayName("R-SOL-5 an accepted quote cannot be accepted again")
  void acceptedQuoteCannotBeAcceptedAgain() {
    Quote quote = aQuote().proposedOn(clock);
    quote.accept(requester, confirmed(), clock);

    IllegalTransitionException e =
        assertThrows(
            IllegalTransitionException.class, () -> quote.accept(requester, confirmed(), clock));

    assertEquals("Cannot accept a quote that is ACCEPTED.", e.getMessage());
  }

  @Test
  @DisplayName("R-SOL-4 a declined quote cannot be accepted")
  void declinedQuoteCannotBeAccepted() {
    Quote quote = aQuote().proposedOn(clock);
    quote.decline(requester, "Too long for me.", clock);

    QuoteTransitionException e =
        assertThrows(
            QuoteTransitionException.class, () -> quote.accept(requester, confirmed(), clock));

    assertEquals("DECLINED", e.state());
    assertEquals("accept", e.action());
  }

  @Test
  @DisplayName("R-SOL-4 declining records a QuoteDeclined event with the member's note")
  void declineRecordsAnEvent() {
    Quote quote = aQuote().proposedOn(clock);

    quote.decline(requester, "  Too long for me.  ", clock);

    QuoteEvent.QuoteDeclined event =
        assertInstanceOf(QuoteEvent.QuoteDeclined.class, quote.events().get(1));
    assertEquals(DeclineCause.BY_MEMBER, event.cause());
    assertEquals("Too long for me.", event.note());
    assertEquals(QuoteStatus.DECLINED, quote.status(clock));
  }

  @Test
  @DisplayName("R-SOL-6 an expired quote cannot be declined, since it has lapsed already")
  void expiredQuoteCannotBeDeclined() {
    Quote quote = aQuote().validUntil(TODAY).proposedOn(clock);
    clock.advanceDays(1);

    QuoteTransitionException e =
        assertThrows(QuoteTransitionException.class, () -> quote.decline(requester, "", clock));

    assertEquals("Cannot decline a quote that is EXPIRED.", e.getMessage());
  }

  @Test
  @DisplayName("R-SOL-4 a decline note over the limit is refused")
  void declineNoteOverLimitIsRefused() {
    Quote quote = aQuote().proposedOn(clock);
    String tooLong = "n".repeat(Quote.NOTE_MAX + 1);

    RuleViolationException e =
        assertThrows(RuleViolationException.class, () -> quote.decline(requester, tooLong, clock));

    assertEquals("note", e.field());
  }

  @Test
  @DisplayName("R-SOL-2 proposing records a QuoteProposed event naming the provider kind")
  void proposalRecordsAnEvent() {
    MemberId helper = MemberId.newId();
    Quote quote =
        aQuote()
            .by(Provider.member(helper), Actor.member("helper@example.org", helper))
            .proposedOn(clock);

    QuoteEvent.QuoteProposed event =
        assertInstanceOf(QuoteEvent.QuoteProposed.class, quote.events().get(0));
    assertEquals(ProviderKind.MEMBER, event.providerKind());
    assertEquals("helper@example.org", event.actor());
    assertFalse(event.byService());
    assertEquals(clock.instant(), event.occurredAt());
  }

  @Test
  @DisplayName("a quote restored from its snapshot has the same state and no new event")
  void snapshotRoundTrip() {
    Quote quote = aQuote().proposedOn(clock);
    quote.accept(requester, confirmed(), clock);

    Quote restored = Quote.restore(quote.snapshot());

    assertEquals(quote.snapshot(), restored.snapshot());
    assertEquals(quote.saving(), restored.saving());
    assertTrue(restored.newEvents().isEmpty());
    assertFalse(restored.isNew());
  }

  @Test
  @DisplayName("R-SOL-6 a stored status of EXPIRED is refused, since expiry is derived")
  void expiredIsNeverRestored() {
    Quote.Snapshot s = aQuote().proposedOn(clock).snapshot();
    Quote.Snapshot stored =
        new Quote.Snapshot(
            s.id(),
            s.requestId(),
            s.provider(),
            s.proposedBy(),
            s.title(),
            s.scope(),
            s.usualPrice(),
            s.memberPrice(),
            s.duration(),
            s.validUntil(),
            s.proposedAt(),
            QuoteStatus.EXPIRED,
            null,
            List.copyOf(s.events()),
            1);

    assertThrows(IllegalArgumentException.class, () -> Quote.restore(stored));
  }
}
