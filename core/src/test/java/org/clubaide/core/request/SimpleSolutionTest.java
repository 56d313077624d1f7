package org.clubaide.core.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.clubaide.core.money.Money;
import org.clubaide.core.shared.RuleViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SimpleSolutionTest {

  private static final Instant AT = Instant.parse("2025-03-10T08:00:00Z");

  @ParameterizedTest
  @ValueSource(strings = {"0.01", "1", "250.00"})
  @DisplayName("R-SOL-1 a simple solution with a non-zero price is refused")
  void nonZeroPriceIsRefused(String amount) {
    Optional<Money> price = Optional.of(Money.of(amount, "EUR"));

    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class,
            () -> SimpleSolution.offer("Book", "A book", price, "agent", AT));

    assertEquals("R-SOL-1", refused.rule());
    assertEquals(
        "A simple solution is always free: remove the price ("
            + price.get()
            + "), or make a quote for an accompaniment instead.",
        refused.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"EUR", "USD", "JPY"})
  @DisplayName("R-SOL-1 a simple solution priced at zero, in any currency, is accepted")
  void zeroPriceIsAccepted(String currency) {
    SimpleSolution solution =
        SimpleSolution.offer("Book", "A book", Optional.of(Money.of("0", currency)), "agent", AT);

    assertEquals("Book", solution.title());
  }

  @Test
  @DisplayName("R-SOL-1 each simple solution gets its own identifier")
  void solutionsHaveTheirOwnIds() {
    SimpleSolution first = SimpleSolution.offer("A", "a", Optional.empty(), "agent", AT);
    SimpleSolution second = SimpleSolution.offer("A", "a", Optional.empty(), "agent", AT);

    assertNotEquals(first.id(), second.id());
    assertEquals(first.id().value().toString(), first.id().toString());
  }

  @Test
  @DisplayName(
      "R-SOL-1 a simple solution needs a title of at most 200 characters and content of at most"
          + " 4000")
  void textIsLimited() {
    Optional<Money> none = Optional.empty();
    String longTitle = "t".repeat(SimpleSolution.TITLE_MAX + 1);
    String longContent = "c".repeat(SimpleSolution.CONTENT_MAX + 1);

    RuleViolationException title =
        assertThrows(
            RuleViolationException.class,
            () -> SimpleSolution.offer(longTitle, "c", none, "agent", AT));
    RuleViolationException content =
        assertThrows(
            RuleViolationException.class,
            () -> SimpleSolution.offer("t", longContent, none, "agent", AT));
    RuleViolationException blank =
        assertThrows(
            RuleViolationException.class, () -> SimpleSolution.offer("t", " ", none, "agent", AT));

    assertEquals("title", title.field());
    assertEquals("content", content.field());
    assertEquals("The solution is required.", blank.getMessage());
  }
}
