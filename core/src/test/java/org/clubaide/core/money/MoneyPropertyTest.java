package org.clubaide.core.money;

import java.math.BigDecimal;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.clubaide.core.shared.RuleViolationException;

class MoneyPropertyTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  @Provide
  Arbitrary<BigDecimal> euroAmounts() {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, new BigDecimal("1000000000000"))
        .ofScale(2);
  }

  @Property(tries = 500)
  @Label("R-SOL-3 for amounts a >= b, a minus b plus b gives back a, never below zero")
  boolean subtractingThenAddingGivesBackTheAmount(
      @ForAll("euroAmounts") BigDecimal x, @ForAll("euroAmounts") BigDecimal y) {
    Money a = new Money(x.max(y), EUR);
    Money b = new Money(x.min(y), EUR);

    Money difference = a.minus(b);

    return difference.amount().signum() >= 0 && difference.plus(b).equals(a);
  }

  @Property(tries = 500)
  @Label("R-SOL-3 money never holds a negative amount: a - b with a < b is refused")
  boolean subtractingMoreThanTheAmountIsRefused(
      @ForAll("euroAmounts") BigDecimal x, @ForAll("euroAmounts") BigDecimal y) {
    Assume.that(x.compareTo(y) != 0);
    Money smaller = new Money(x.min(y), EUR);
    Money larger = new Money(x.max(y), EUR);
    try {
      smaller.minus(larger);
      return false;
    } catch (RuleViolationException expected) {
      return "R-SOL-3".equals(expected.rule());
    }
  }

  @Property(tries = 500)
  @Label("R-SOL-3 a sum of two amounts is never less than either of them")
  boolean sumIsNeverLessThanEitherTerm(
      @ForAll("euroAmounts") BigDecimal x, @ForAll("euroAmounts") BigDecimal y) {
    Money a = new Money(x, EUR);
    Money b = new Money(y, EUR);
    Money sum = a.plus(b);
    return !sum.isLessThan(a) && !sum.isLessThan(b) && sum.amount().signum() >= 0;
  }
}
