package org.clubaide.core.quote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.clubaide.core.money.Money;

/**
 * What a member saves by taking the preferential price instead of the usual one (R-SOL-3): the
 * amount, and the percent of the usual price.
 *
 * @param amount the usual price minus the member price, always above zero
 * @param percent {@code amount / usual price * 100}, with {@value #PERCENT_SCALE} decimals, rounded
 *     half up (0.125 becomes 0.13)
 */
public record Saving(Money amount, BigDecimal percent) {

  /** The decimals of a saving percent. */
  public static final int PERCENT_SCALE = 2;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Checks the arguments. */
  public Saving {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(percent, "percent");
  }

  /**
   * The saving between a usual price and a member price, refused unless the member price is
   * strictly below the usual price in the same currency ({@link
   * QuotePolicy#preferentialPriceBelowUsual}).
   */
  public static Saving between(Money usualPrice, Money memberPrice) {
    QuotePolicy.preferentialPriceBelowUsual(usualPrice, memberPrice);
    Money amount = usualPrice.minus(memberPrice);
    BigDecimal percent =
        amount
            .amount()
            .multiply(HUNDRED)
            .divide(usualPrice.amount(), PERCENT_SCALE, RoundingMode.HALF_UP);
    return new Saving(amount, percent);
  }
}
