package org.recovery.nps.io.internal;

/** Groups epoch days into reporting periods, each named by the epoch day it starts on. */
enum PeriodUnit {
  /** One calendar day. */
  DAY,
  /** An ISO-8601 week, Monday to Sunday. */
  ISO_WEEK,
  /** A calendar month. */
  MONTH,
  /** A calendar quarter starting in January, April, July or October. */
  QUARTER;

  /** Returns the epoch day on which the period holding {@code epochDay} starts. */
  long start(long epochDay) {
    switch (this) {
      case DAY:
        return epochDay;
      case ISO_WEEK:
        return epochDay - Math.floorMod(epochDay + 3, 7);
      case MONTH:
      case QUARTER:
        long civil = CivilDays.civil(epochDay);
        int year = CivilDays.year(civil);
        int month = CivilDays.month(civil);
        if (this == QUARTER) {
          month = (month - 1) / 3 * 3 + 1;
        }
        return CivilDays.epochDay(year, month, 1);
      default:
        throw new AssertionError(this);
    }
  }
}
