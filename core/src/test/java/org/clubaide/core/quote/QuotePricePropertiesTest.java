package org.clubaide.core.quote;

import org.clubaide.core.testing.MutableClock;

import static org.clubaide.core.quote.Quotes.TODAY;
import static org.clubaide.core.quote.Quotes.aQuote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.clubaide.core.money.Money;
import org.clubaide.core.shared.RuleViolationException;

/**
 * Universal price rules of a quote (R-SOL-3), over amounts in currencies with 0, 2 and 3 decimals.
 * The expected saving percent is computed in whole hundredths of a percent with integer arithmetic,
 * independently of the production code's BigDecimal division.
 */
class QuotePricePropertiesTest {

  private static final long MAX_MINOR_UNITS = 100_000_000_000L;

  private final MutableClock clock = MutableClock.atNoon(TODAY);

  /** A pair of prices, in minor units (cents for euros) of one currency. */
  record Prices(Currency currency, long usual, long member) {

    Money usualPrice() {
      return money(usual);
    }

    Money memberPrice() {
      return money(member);
    }

    Money money(long minorUnits) {
      return new Money(
          BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits()), currency);
    }
  }

  @Provide
  Arbitrary<Currency> currencies() {
    return Arbitraries.of("EUR", "CHF", "JPY", "KWD").map(Currency::getInstance);
  }

  @Provide
  Arbitrary<Prices> preferential() {
    Arbitrary<long[]> usualAndMember =
        Arbitraries.longs()
            .between(1, MAX_MINOR_UNITS)
            .flatMap(u -> Arbitraries.longs().between(0, u - 1).map(m -> new long[] {u, m}));
    return Combinators.combine(currencies(), usualAndMember)
        .as((c, um) -> new Prices(c, um[0], um[1]));
  }

  @Provide
  Arbitrary<Prices> notPreferential() {
    Arbitrary<long[]> usualAndMember =
        Arbitraries.longs()
            .between(0, MAX_MINOR_UNITS)
            .flatMap(
                u ->
                    Arbitraries.longs()
                        .between(u, 2 * MAX_MINOR_UNITS)
                        .map(m -> new long[] {u, m}));
    return Combinators.combine(currencies(), usualAndMember)
        .as((c, um) -> new Prices(c, um[0], um[1]));
  }

  @Property
  @Label("R-SOL-3 every valid quote saves usual minus member price, above zero")
  void savingIsUsualMinusMember(@ForAll("preferential") Prices p) {
    Quote quote = aQuote().prices(p.usualPrice(), p.memberPrice()).proposedOn(clock);

    Money saving = quote.saving().amount();
    assertEquals(p.money(p.usual() - p.member()), saving);
    assertTrue(saving.amount().signum() > 0);
  }

  @Property
  @Label("R-SOL-3 every valid quote's saving percent is saving / usual * 100, two decimals half up")
  void savingPercentIsRoundedHalfUp(@ForAll("preferential") Prices p) {
    Quote quote = aQuote().prices(p.usualPrice(), p.memberPrice()).proposedOn(clock);

    long saving = p.usual() - p.member();
    long hundredths = saving * 10_000 / p.usual();
    long remainder = saving * 10_000 % p.usual();
    if (2 * remainder >= p.usual()) {
      hundredths++;
    }
    BigDecimal expected = BigDecimal.valueOf(hundredths, 2);
    assertEquals(expected, quote.saving().percent());
    assertTrue(expected.compareTo(BigDecimal.valueOf(100)) <= 0);
  }

  /**
   * Prices whose saving percent lies exactly halfway between two hundredths: with a usual price of
   * {@code 20000 * n} minor units and a saving of {@code (2h + 1) * n}, the percent is {@code h +
   * 0.5} hundredths.
   */
  @Provide
  Arbitrary<Prices> halfwayPercent() {
    Arbitrary<long[]> usualAndMember =
        Combinators.combine(
                Arbitraries.longs().between(1, 1_000_000), Arbitraries.longs().between(0, 9_999))
            .as((n, h) -> new long[] {20_000 * n, 20_000 * n - (2 * h + 1) * n, h});
    return Combinators.combine(currencies(), usualAndMember)
        .as((c, um) -> new Prices(c, um[0], um[1]));
  }

  @Property
  @Label("R-SOL-3 a saving percent exactly halfway between two hundredths rounds up")
  void halfwayPercentRoundsUp(@ForAll("halfwayPercent") Prices p) {
    Quote quote = aQuote().prices(p.usualPrice(), p.memberPrice()).proposedOn(clock);

    long n = p.usual() / 20_000;
    long h = ((p.usual() - p.member()) / n - 1) / 2;
    assertEquals(BigDecimal.valueOf(h + 1, 2), quote.saving().percent());
  }

  @Property
  @Label("R-SOL-3 every quote whose member price is at or above the usual price is refused")
  void memberPriceAtOrAboveUsualIsRefused(@ForAll("notPreferential") Prices p) {
    Quotes.Builder quote = aQuote().prices(p.usualPrice(), p.memberPrice());

    RuleViolationException e =
        assertThrows(RuleViolationException.class, () -> quote.proposedOn(clock));

    assertEquals("R-SOL-3", e.rule());
    assertEquals("memberPrice", e.field());
  }
}
