package org.recovery.examples.cli;

import org.recovery.nps.PeriodUnit;

/**
 * The calendar periods a report can be split into, as {@code --period} spells them ({@code day},
 * {@code week}, {@code month}, {@code quarter}), for every command that takes the option.
 */
public enum ReportPeriod {
  /** Calendar days. */
  day(PeriodUnit.DAY),
  /** ISO weeks, e.g. 2026-W47. */
  week(PeriodUnit.ISO_WEEK),
  /** Calendar months. */
  month(PeriodUnit.MONTH),
  /** Calendar quarters. */
  quarter(PeriodUnit.QUARTER);

  private final PeriodUnit unit;

  ReportPeriod(PeriodUnit unit) {
    this.unit = unit;
  }

  /**
   * Returns the library's period.
   *
   * @return the unit
   */
  public PeriodUnit unit() {
    return unit;
  }
}
