package org.clubaide.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import org.clubaide.core.shared.RuleViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  @DisplayName("R-SOL-3 an amount is an exact decimal brought to the currency's minor unit")
  void amountIsScaledToTheMinorUnit() {
    Money money = Money.of("120.5", "EUR");

    assertEquals(new BigDecimal("120.50"), money.amount());
    assertEquals(2, money.amount().scale());
    assertEquals(EUR, money.currency());
  }

  @Test
  @DisplayName("R-SOL-3 the same amount written with different scales is equal money")
  void equalityIgnoresTheWrittenScale() {
    assertEquals(Money.of("7", "EUR"), Money.of("7.00", "EUR"));
    assertEquals(Money.of("7", "EUR").hashCode(), Money.of("7.00", "EUR").hashCode());
  }

  @Test
  @DisplayName("R-SOL-3 a currency without minor unit takes whole amounts only")
  void currencyWithoutMinorUnitHasScaleZero() {
    assertEquals(new BigDecimal("1500"), Money.of("1500", "JPY").amount());

    RuleViolationException refused =
        assertThrows(RuleViolationException.class, () -> Money.of("1500.5", "JPY"));
    assertEquals("amount", refused.field());
    assertTrue(refused.getMessage().contains("at most 0 decimals"), refused.getMessage());
  }

  @Test
  @DisplayName("R-SOL-3 an amount finer than a cent is refused rather than rounded")
  void subCentAmountIsRefused() {
    RuleViolationException refused =
        assertThrows(RuleViolationException.class, () -> Money.of("0.005", "EUR"));

    assertEquals("R-SOL-3", refused.rule());
    assertEquals("An amount in EUR has at most 2 decimals.", refused.getMessage());
  }

  @Test
  @DisplayName("R-SOL-3 a negative amount is refused")
  void negativeAmountIsRefused() {
    RuleViolationException refused =
        assertThrows(RuleViolationException.class, () -> Money.of("-0.01", "EUR"));

    assertEquals("R-SOL-3", refused.rule());
    assertEquals("amount", refused.field());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "twelve", "12,50", "1e"})
  @DisplayName("R-SOL-3 text that is not a number is refused with a readable message")
  void textThatIsNotANumberIsRefused(String text) {
    RuleViolationException refused =
        assertThrows(RuleViolationException.class, () -> Money.of(text, "EUR"));

    assertEquals("amount", refused.field());
    assertEquals("\"" + text + "\" is not an amount.", refused.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"EURO", "XYZ", ""})
  @DisplayName("R-SOL-3 a currency code that is not ISO 4217 is refused")
  void unknownCurrencyIsRefused(String code) {
    RuleViolationException refused =
        assertThrows(RuleViolationException.class, () -> Money.of("10", code));

    assertEquals("currency", refused.field());
  }

  @Test
  @DisplayName("R-SOL-3 a currency code is read regardless of case and surrounding spaces")
  void currencyCodeIsNormalised() {
    assertEquals(Money.of("10", "EUR"), Money.of(" 10 ", " eur "));
  }

  @Test
  @DisplayName("R-SOL-3 amounts in the same currency add and subtract exactly")
  void arithmeticIsExact() {
    Money a = Money.of("0.10", "EUR");
    Money b = Money.of("0.20", "EUR");

    assertEquals(Money.of("0.30", "EUR"), a.plus(b));
    assertEquals(Money.of("0.10", "EUR"), b.minus(a));
  }

  @Test
  @DisplayName("R-SOL-3 a subtraction that would go below zero is refused")
  void subtractionBelowZeroIsRefused() {
    Money small = Money.of("5", "EUR");
    Money large = Money.of("5.01", "EUR");

    RuleViolationException refused =
        assertThrows(RuleViolationException.class, () -> small.minus(large));
    assertEquals("An amount cannot be negative.", refused.getMessage());
  }

  @Test
  @DisplayName("R-SOL-3 amounts in different currencies neither add, subtract nor compare")
  void currenciesDoNotMix() {
    Money euros = Money.of("10", "EUR");
    Money dollars = Money.of("10", "USD");

    for (Runnable mixing :
        new Runnable[] {
          () -> euros.plus(dollars),
          () -> euros.minus(dollars),
          () -> euros.compareTo(dollars),
          () -> euros.isLessThan(dollars)
        }) {
      RuleViolationException refused = assertThrows(RuleViolationException.class, mixing::run);
      assertEquals("currency", refused.field());
      assertEquals("Amounts in EUR and USD cannot be compared.", refused.getMessage());
    }
  }

  @Test
  @DisplayName("R-SOL-3 amounts in one currency are ordered by value")
  void amountsAreOrdered() {
    Money less = Money.of("99.99", "EUR");
    Money more = Money.of("100", "EUR");

    assertTrue(less.isLessThan(more));
    assertFalse(more.isLessThan(less));
    assertFalse(more.isLessThan(Money.of("100.00", "EUR")));
    assertEquals(0, more.compareTo(Money.of("100.00", "EUR")));
  }

  @Test
  @DisplayName("R-SOL-3 zero is zero in its currency and nothing else is")
  void zeroIsZero() {
    assertTrue(Money.zero(EUR).isZero());
    assertEquals(Money.of("0.00", "EUR"), Money.zero(EUR));
    assertFalse(Money.of("0.01", "EUR").isZero());
  }

  @Test
  @DisplayName("R-SOL-3 money reads as the plain amount followed by the currency code")
  void moneyReadsAsAmountAndCode() {
    assertEquals("1200000.00 EUR", Money.of("1.2E6", "EUR").toString());
  }
}
