package org.clubaide.web.ui;

import java.math.BigDecimal;
import org.clubaide.core.money.Money;
import org.clubaide.core.shared.RuleViolationException;

/**
 * Amounts typed in a form, in French ("1 200,50") or English ("1,200.50") writing, as exact euros.
 */
final class Amounts {

  /** The currency of the amounts typed in the pages. */
  static final String CURRENCY = "EUR";

  private Amounts() {}

  /**
   * The amount typed, in euros.
   *
   * @throws RuleViolationException {@code R-SOL-3} on the field when it is no amount
   */
  static Money euros(String typed, String field) {
    String text = typed == null ? "" : typed.replaceAll("[\\s\\u00a0\\u202f€]", "");
    // Thousands separators only where the writing is unambiguous: "1,200.50", "1,200,000";
    // "1.200,50", "1.200.000". A lone "1,200" or "1.200" could be either, and is refused.
    if (text.matches("\\d{1,3}(,\\d{3})+\\.\\d{1,2}|\\d{1,3}(,\\d{3}){2,}")) {
      text = text.replace(",", "");
    } else if (text.matches("\\d{1,3}(\\.\\d{3})+,\\d{1,2}|\\d{1,3}(\\.\\d{3}){2,}")) {
      text = text.replace(".", "").replace(',', '.');
    } else {
      text = text.replace(',', '.');
    }
    RuleViolationException.require(
        text.matches("\\d{1,9}(\\.\\d{1,2})?"), "R-SOL-3", field, "Type an amount in euros.");
    return Money.of(new BigDecimal(text).setScale(2).toPlainString(), CURRENCY);
  }
}
