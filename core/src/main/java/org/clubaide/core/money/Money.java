package org.clubaide.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import org.clubaide.core.shared.RuleViolationException;

/**
 * An exact amount in one currency, scaled to the currency's minor unit (cents for euros). Amounts
 * of different currencies never mix: arithmetic between them is refused.
 *
 * @param amount the amount, never negative, at the currency's scale
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  /** Checks the amount and brings it to the currency's scale (rounding half-even is refused). */
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (amount.signum() < 0) {
      throw new RuleViolationException("R-SOL-3", "amount", "An amount cannot be negative.");
    }
    int scale = Math.max(currency.getDefaultFractionDigits(), 0);
    try {
      amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new RuleViolationException(
          "R-SOL-3",
          "amount",
          "An amount in " + currency.getCurrencyCode() + " has at most " + scale + " decimals.");
    }
  }

  /** An amount in the given ISO 4217 currency code, for example {@code Money.of("120.50", "EUR")}. */
  public static Money of(String amount, String currencyCode) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currencyCode, "currencyCode");
    final BigDecimal parsed;
    final Currency currency;
    try {
      parsed = new BigDecimal(amount.strip());
    } catch (NumberFormatException e) {
      throw new RuleViolationException("R-SOL-3", "amount", "\"" + amount + "\" is not an amount.");
    }
    try {
      currency = Currency.getInstance(currencyCode.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RuleViolationException(
          "R-SOL-3", "currency", "\"" + currencyCode + "\" is not an ISO 4217 currency code.");
    }
    return new Money(parsed, currency);
  }

  /** Zero in the given currency. */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /** Whether the amount is zero. */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** This amount minus {@code other}; refused when the result would be negative. */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /** This amount plus {@code other}. */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /** Whether this amount is strictly less than {@code other} (same currency). */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void requireSameCurrency(Money other) {
    Objects.requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new RuleViolationException(
          "R-SOL-3",
          "currency",
          "Amounts in "
              + currency.getCurrencyCode()
              + " and "
              + other.currency.getCurrencyCode()
              + " cannot be compared.");
    }
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
