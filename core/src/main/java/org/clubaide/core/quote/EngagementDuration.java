package org.clubaide.core.quote;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import org.clubaide.core.shared.RuleViolationException;

/**
 * How long an accompaniment runs, as the provider states it: a whole number of days, weeks or
 * months ("3 months", "6 weeks").
 *
 * <p>Chosen over {@link java.time.Period} because a quote states one unit, and the member must see
 * it as given: {@code Period.ofWeeks(6)} becomes "42 days", a period may mix units ("1 month and 3
 * days") that no provider quotes, and periods have no order, while a comparison sorts by duration
 * (R-SOL-4). Durations are ordered by their {@link #estimatedLength() estimated length} (a month
 * counts as the average Gregorian month), so that "4 weeks" comes before "1 month".
 *
 * @param amount how many units, at least 1
 * @param unit the unit
 */
public record EngagementDuration(int amount, Unit unit) {

  /** The longest accompaniment a quote may state: ten years. */
  public static final Duration LONGEST = ChronoUnit.YEARS.getDuration().multipliedBy(10);

  /** Orders durations by their estimated length, shortest first. */
  public static final Comparator<EngagementDuration> BY_ESTIMATED_LENGTH =
      Comparator.comparing(EngagementDuration::estimatedLength);

  /** The unit a duration is stated in. */
  public enum Unit {
    /** Calendar days. */
    DAYS(ChronoUnit.DAYS, "day"),
    /** Weeks of seven days. */
    WEEKS(ChronoUnit.WEEKS, "week"),
    /** Calendar months. */
    MONTHS(ChronoUnit.MONTHS, "month");

    private final ChronoUnit chronoUnit;
    private final String word;

    Unit(ChronoUnit chronoUnit, String word) {
      this.chronoUnit = chronoUnit;
      this.word = word;
    }

    /** The matching {@link ChronoUnit}. */
    public ChronoUnit chronoUnit() {
      return chronoUnit;
    }
  }

  /** Checks that the duration is at least one unit and at most {@link #LONGEST}. */
  public EngagementDuration {
    RuleViolationException.require(
        unit != null, "R-SOL-2", "duration", "Give the unit of the duration.");
    RuleViolationException.require(
        amount >= 1,
        "R-SOL-2",
        "duration",
        "The duration is at least 1 " + unit.word + " (" + amount + " given).");
    RuleViolationException.require(
        unit.chronoUnit.getDuration().multipliedBy(amount).compareTo(LONGEST) <= 0,
        "R-SOL-2",
        "duration",
        "An accompaniment is quoted for at most ten years ("
            + amount
            + " "
            + unit.word
            + "s given).");
  }

  /** A duration in days. */
  public static EngagementDuration days(int amount) {
    return new EngagementDuration(amount, Unit.DAYS);
  }

  /** A duration in weeks. */
  public static EngagementDuration weeks(int amount) {
    return new EngagementDuration(amount, Unit.WEEKS);
  }

  /** A duration in months. */
  public static EngagementDuration months(int amount) {
    return new EngagementDuration(amount, Unit.MONTHS);
  }

  /**
   * The length used to compare durations: a day is 24 hours, a week 7 days, a month the average
   * Gregorian month ({@link ChronoUnit#MONTHS}'s estimated duration, about 30.44 days).
   */
  public Duration estimatedLength() {
    return unit.chronoUnit.getDuration().multipliedBy(amount);
  }

  /** The duration as words, for example {@code "3 months"} or {@code "1 week"}. */
  @Override
  public String toString() {
    return amount + " " + unit.word + (amount == 1 ? "" : "s");
  }
}
