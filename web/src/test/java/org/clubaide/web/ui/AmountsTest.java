package org.clubaide.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.clubaide.core.money.Money;
import org.clubaide.core.shared.RuleViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AmountsTest {

  @Test
  @DisplayName("R-SOL-3 an amount typed in French or English writing becomes exact euros")
  void readsFrenchAndEnglishWriting() {
    for (String typed :
        new String[] {"1200", "1 200", "1\u00a0200,00", "1\u202f200,00 €", "1,200.00", "1.200,00", "1200.0"}) {
      assertEquals(Money.of("1200.00", "EUR"), Amounts.euros(typed, "usualPrice"), typed);
    }
    assertEquals(Money.of("0.50", "EUR"), Amounts.euros("0,5", "memberPrice"));
  }

  @Test
  @DisplayName("R-SOL-3 anything else is refused on its field")
  void refusesWhatIsNoAmount() {
    for (String typed : new String[] {"", "abc", "-5", "12,345", "1,200", "1.200", "1.2.3", null}) {
      RuleViolationException e =
          assertThrows(RuleViolationException.class, () -> Amounts.euros(typed, "memberPrice"));
      assertEquals("memberPrice", e.field());
      assertEquals("R-SOL-3", e.rule());
    }
  }
}
