package org.clubaide.core.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clubaide.core.shared.RuleViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EngagementDurationTest {

  @Test
  @DisplayName("R-SOL-2 a duration of zero units is refused")
  void zeroIsRefused() {
    RuleViolationException e =
        assertThrows(RuleViolationException.class, () -> EngagementDuration.weeks(0));

    assertEquals("duration", e.field());
    assertEquals("The duration is at least 1 week (0 given).", e.getMessage());
  }

  @Test
  @DisplayName("R-SOL-2 a duration over ten years is refused")
  void overTenYearsIsRefused() {
    RuleViolationException e =
        assertThrows(RuleViolationException.class, () -> EngagementDuration.months(121));

    assertEquals("R-SOL-2", e.rule());
  }

  @Test
  @DisplayName("R-SOL-2 ten years in months is the longest duration accepted")
  void tenYearsIsAccepted() {
    assertEquals(EngagementDuration.LONGEST, EngagementDuration.months(120).estimatedLength());
  }

  @Test
  @DisplayName("R-SOL-4 durations in different units compare by length: 4 weeks before 1 month")
  void durationsCompareAcrossUnits() {
    assertTrue(
        EngagementDuration.BY_ESTIMATED_LENGTH.compare(
                EngagementDuration.weeks(4), EngagementDuration.months(1))
            < 0);
  }

  @Test
  @DisplayName("R-SOL-4 a duration reads as the provider stated it")
  void durationReadsAsStated() {
    assertEquals("6 weeks", EngagementDuration.weeks(6).toString());
    assertEquals("1 month", EngagementDuration.months(1).toString());
  }
}
