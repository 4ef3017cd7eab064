package org.recovery.nps;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Names the calendar periods responses are grouped into. A response's period is taken from its
 * timestamp's local date in the reader's configured time zone.
 */
public enum PeriodUnit {
  /** One calendar day, labelled {@code 2026-11-16}. */
  DAY,
  /**
   * One ISO-8601 week, starting on Monday, labelled with its week-based year and number: {@code
   * 2026-W47} (weeks 1-9 are zero-padded, {@code 2027-W01}).
   */
  ISO_WEEK,
  /** One calendar month, labelled {@code 2026-11}. */
  MONTH,
  /** One calendar quarter, labelled {@code 2026-Q4}. */
  QUARTER;

  /**
   * Returns the first day of the period containing a date.
   *
   * @param date any date
   * @return the period's first day
   */
  public LocalDate start(LocalDate date) {
    return switch (this) {
      case DAY -> date;
      case ISO_WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> date.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 1, 1);
    };
  }

  /**
   * Returns the label of the period containing a date.
   *
   * @param date any date
   * @return the label, for example {@code 2026-W47}
   */
  public String label(LocalDate date) {
    return switch (this) {
      case DAY -> date.toString();
      case ISO_WEEK ->
          String.format(
              "%d-W%02d",
              date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format("%d-%02d", date.getYear(), date.getMonthValue());
      case QUARTER -> date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    };
  }
}
