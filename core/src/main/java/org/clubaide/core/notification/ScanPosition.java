package org.clubaide.core.notification;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a scan of dated rows ordered by day then identifier (as text) stands: the next rows come
 * strictly after this day and identifier. {@code (day, "")} starts at the first row of {@code day}.
 *
 * @param day the day
 * @param id the identifier, as text; empty for the start of the day
 */
public record ScanPosition(LocalDate day, String id) {

  /** Checks the arguments. */
  public ScanPosition {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(id, "id");
  }

  /** The start of a day: the next row is the day's first. */
  public static ScanPosition startOf(LocalDate day) {
    return new ScanPosition(day, "");
  }

  /** Whether a row at this day and identifier comes after this position. */
  public boolean precedes(LocalDate rowDay, String rowId) {
    int byDay = rowDay.compareTo(day);
    return byDay > 0 || (byDay == 0 && rowId.compareTo(id) > 0);
  }

  /** The stored form, {@code 2026-03-10|<id>}. */
  public String text() {
    return day + "|" + id;
  }

  /** Reads the stored form back. */
  public static ScanPosition parse(String text) {
    int bar = text.indexOf('|');
    return new ScanPosition(LocalDate.parse(text.substring(0, bar)), text.substring(bar + 1));
  }
}
