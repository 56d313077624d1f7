package org.clubaide.core.quote;

import org.clubaide.core.testing.MutableClock;

import static org.clubaide.core.quote.Quotes.TODAY;
import static org.clubaide.core.quote.Quotes.aQuote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.money.Money;
import org.clubaide.core.quote.QuoteComparison.Direction;
import org.clubaide.core.quote.QuoteComparison.Row;
import org.clubaide.core.quote.QuoteComparison.SortKey;
import org.clubaide.core.request.RequestId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuoteComparisonTest {

  private final MutableClock clock = MutableClock.atNoon(TODAY);
  private final RequestId request = RequestId.newId();

  /** Makes a quote on the request an hour after the previous one. */
  private Quote quote(String usual, String member, EngagementDuration duration, int validDays) {
    clock.advance(Duration.ofHours(1));
    return aQuote()
        .forRequest(request)
        .prices(usual, member)
        .duration(duration)
        .validUntil(TODAY.plusDays(validDays))
        .proposedOn(clock);
  }

  private static List<String> titles(List<Row> rows) {
    return rows.stream().map(Row::title).toList();
  }

  private Quote titled(String title, Money usual, Money member) {
    clock.advance(Duration.ofHours(1));
    return aQuote().forRequest(request).title(title).prices(usual, member).proposedOn(clock);
  }

  @Test
  @DisplayName("R-SOL-4 a row shows provider kind, prices, saving, duration, validity and expiry")
  void rowShowsTheComparedFields() {
    MemberId helper = MemberId.newId();
    Quote quote =
        aQuote()
            .forRequest(request)
            .by(Provider.member(helper), Actor.member("helper@example.org", helper))
            .prices("1000.00", "850.00")
            .duration(EngagementDuration.weeks(6))
            .validUntil(TODAY.plusDays(10))
            .proposedOn(clock);

    Row row = QuoteComparison.of(request, List.of(quote), clock).rows().get(0);

    assertEquals(
        new Row(
            quote.id(),
            quote.title(),
            ProviderKind.MEMBER,
            Money.of("1000.00", "EUR"),
            Money.of("850.00", "EUR"),
            Money.of("150.00", "EUR"),
            new BigDecimal("15.00"),
            EngagementDuration.weeks(6),
            TODAY.plusDays(10),
            QuoteStatus.PROPOSED),
        row);
    assertFalse(row.expired());
  }

  @Test
  @DisplayName("R-SOL-4 a row shows an expired quote as expired, as of the clock")
  void rowShowsExpiry() {
    Quote quote = quote("1000.00", "850.00", EngagementDuration.weeks(6), 1);
    clock.advanceDays(2);

    Row row = QuoteComparison.of(request, List.of(quote), clock).rows().get(0);

    assertTrue(row.expired());
  }

  @Test
  @DisplayName("R-SOL-4 rows come in the order the quotes were made")
  void rowsComeInProposalOrder() {
    Quote first = quote("1000.00", "900.00", EngagementDuration.months(1), 5);
    Quote second = quote("1000.00", "800.00", EngagementDuration.months(1), 5);

    QuoteComparison comparison = QuoteComparison.of(request, List.of(second, first), clock);

    assertEquals(
        List.of(first.id(), second.id()), comparison.rows().stream().map(Row::quoteId).toList());
  }

  @Test
  @DisplayName("R-SOL-4 sorting by member price puts the cheapest first")
  void sortByMemberPrice() {
    Quote mid = quote("1000.00", "800.00", EngagementDuration.months(1), 5);
    Quote cheap = quote("1000.00", "600.00", EngagementDuration.months(1), 5);
    Quote dear = quote("2000.00", "950.00", EngagementDuration.months(1), 5);

    List<Row> rows =
        QuoteComparison.of(request, List.of(mid, cheap, dear), clock)
            .sortedBy(SortKey.MEMBER_PRICE);

    assertEquals(
        List.of(cheap.id(), mid.id(), dear.id()), rows.stream().map(Row::quoteId).toList());
  }

  @Test
  @DisplayName("R-SOL-4 sorting by saving puts the largest saving first")
  void sortBySaving() {
    Quote small = quote("1000.00", "900.00", EngagementDuration.months(1), 5);
    Quote large = quote("3000.00", "2000.00", EngagementDuration.months(1), 5);
    Quote mid = quote("1000.00", "500.00", EngagementDuration.months(1), 5);

    List<Row> rows =
        QuoteComparison.of(request, List.of(small, large, mid), clock).sortedBy(SortKey.SAVING);

    assertEquals(
        List.of(large.id(), mid.id(), small.id()), rows.stream().map(Row::quoteId).toList());
  }

  @Test
  @DisplayName("R-SOL-4 sorting by saving percent puts the largest percent first")
  void sortBySavingPercent() {
    Quote tenPercent = quote("1000.00", "900.00", EngagementDuration.months(1), 5);
    Quote thirtyThree = quote("3000.00", "2000.00", EngagementDuration.months(1), 5);
    Quote fifty = quote("1000.00", "500.00", EngagementDuration.months(1), 5);

    List<Row> rows =
        QuoteComparison.of(request, List.of(tenPercent, thirtyThree, fifty), clock)
            .sortedBy(SortKey.SAVING_PERCENT);

    assertEquals(
        List.of(fifty.id(), thirtyThree.id(), tenPercent.id()),
        rows.stream().map(Row::quoteId).toList());
  }

  @Test
  @DisplayName("R-SOL-4 sorting by duration puts the shortest first, across units")
  void sortByDuration() {
    Quote month = quote("1000.00", "900.00", EngagementDuration.months(1), 5);
    Quote fourWeeks = quote("1000.00", "900.00", EngagementDuration.weeks(4), 5);
    Quote tenDays = quote("1000.00", "900.00", EngagementDuration.days(10), 5);

    List<Row> rows =
        QuoteComparison.of(request, List.of(month, fourWeeks, tenDays), clock)
            .sortedBy(SortKey.DURATION);

    assertEquals(
        List.of(tenDays.id(), fourWeeks.id(), month.id()),
        rows.stream().map(Row::quoteId).toList());
  }

  @Test
  @DisplayName("R-SOL-4 sorting by validity puts the quote expiring soonest first")
  void sortByValidity() {
    Quote late = quote("1000.00", "900.00", EngagementDuration.months(1), 20);
    Quote soon = quote("1000.00", "900.00", EngagementDuration.months(1), 2);
    Quote mid = quote("1000.00", "900.00", EngagementDuration.months(1), 9);

    List<Row> rows =
        QuoteComparison.of(request, List.of(late, soon, mid), clock).sortedBy(SortKey.VALID_UNTIL);

    assertEquals(List.of(soon.id(), mid.id(), late.id()), rows.stream().map(Row::quoteId).toList());
  }

  @Test
  @DisplayName("R-SOL-4 a sort can be reversed: dearest member price first")
  void sortDescending() {
    Quote cheap = quote("1000.00", "600.00", EngagementDuration.months(1), 5);
    Quote dear = quote("1000.00", "950.00", EngagementDuration.months(1), 5);

    List<Row> rows =
        QuoteComparison.of(request, List.of(cheap, dear), clock)
            .sortedBy(SortKey.MEMBER_PRICE, Direction.DESCENDING);

    assertEquals(List.of(dear.id(), cheap.id()), rows.stream().map(Row::quoteId).toList());
  }

  @Test
  @DisplayName("R-SOL-4 rows that tie keep the order in which the quotes were made")
  void tiesKeepProposalOrder() {
    Quote first = quote("1000.00", "900.00", EngagementDuration.months(1), 5);
    Quote second = quote("1000.00", "900.00", EngagementDuration.months(1), 5);

    List<Row> rows =
        QuoteComparison.of(request, List.of(second, first), clock).sortedBy(SortKey.MEMBER_PRICE);

    assertEquals(List.of(first.id(), second.id()), rows.stream().map(Row::quoteId).toList());
  }

  @Test
  @DisplayName("R-SOL-4 with mixed currencies a price sort orders by amount within each currency")
  void mixedCurrenciesAreGroupedForPriceSorts() {
    Quote eurDear = titled("EUR 950", Money.of("1000.00", "EUR"), Money.of("950.00", "EUR"));
    Quote chf = titled("CHF 100", Money.of("200.00", "CHF"), Money.of("100.00", "CHF"));
    Quote eurCheap = titled("EUR 500", Money.of("1000.00", "EUR"), Money.of("500.00", "EUR"));
    Quote chfDear = titled("CHF 2000", Money.of("3000.00", "CHF"), Money.of("2000.00", "CHF"));
    QuoteComparison comparison =
        QuoteComparison.of(request, List.of(eurDear, chf, eurCheap, chfDear), clock);

    assertFalse(comparison.isSingleCurrency());
    assertEquals(
        List.of("CHF 100", "CHF 2000", "EUR 500", "EUR 950"),
        titles(comparison.sortedBy(SortKey.MEMBER_PRICE)));
  }

  @Test
  @DisplayName("R-SOL-4 with mixed currencies a saving percent sort orders all rows together")
  void mixedCurrenciesSortTogetherByPercent() {
    Quote eur = titled("EUR 5%", Money.of("1000.00", "EUR"), Money.of("950.00", "EUR"));
    Quote chf = titled("CHF 50%", Money.of("200.00", "CHF"), Money.of("100.00", "CHF"));
    Quote eurHalf = titled("EUR 40%", Money.of("1000.00", "EUR"), Money.of("600.00", "EUR"));

    List<Row> rows =
        QuoteComparison.of(request, List.of(eur, chf, eurHalf), clock)
            .sortedBy(SortKey.SAVING_PERCENT);

    assertEquals(List.of("CHF 50%", "EUR 40%", "EUR 5%"), titles(rows));
  }

  @Test
  @DisplayName("R-SOL-4 quotes in one currency make a single-currency comparison")
  void singleCurrency() {
    Quote a = quote("1000.00", "900.00", EngagementDuration.months(1), 5);
    Quote b = quote("1000.00", "800.00", EngagementDuration.months(1), 5);

    assertTrue(QuoteComparison.of(request, List.of(a, b), clock).isSingleCurrency());
  }

  @Test
  @DisplayName("R-SOL-4 a comparison only takes quotes of its own request")
  void quoteOfAnotherRequestIsRefused() {
    Quote other = aQuote().forRequest(RequestId.newId()).proposedOn(clock);

    assertThrows(
        IllegalArgumentException.class, () -> QuoteComparison.of(request, List.of(other), clock));
  }
}
