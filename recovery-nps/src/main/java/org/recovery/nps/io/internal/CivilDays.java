package org.recovery.nps.io.internal;

/**
 * Converts between proleptic Gregorian dates and epoch days without allocating (the algorithms of
 * Howard Hinnant's {@code chrono}-compatible date library).
 */
final class CivilDays {

  private CivilDays() {}

  /**
   * Returns the epoch day of a valid date. Arithmetic only, like {@link #lengthOfMonth}: a branch
   * on the month would be seen one way for the first weeks of an export in time order, and the JIT
   * compiles the other way as a trap that the first March or February then takes.
   */
  static long epochDay(int year, int month, int day) {
    int januaryOrFebruary = (14 - month) / 12;
    long y = year - januaryOrFebruary;
    int monthFromMarch = month + 12 * januaryOrFebruary - 3;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    long dayOfYear = (153L * monthFromMarch + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
  }

  /** Returns the number of days in a month of a year from 0 on. */
  static int lengthOfMonth(int year, int month) {
    // 31 and 30 alternate, restarting at August; February is 30 less two, plus one in leap years.
    int length = 30 + ((month + (month >> 3)) & 1);
    int february = isZero(month ^ 2);
    int leap = isZero(year & 3) & (isZero(year % 100) ^ 1 | isZero(year % 400));
    return length - february * (2 - leap);
  }

  /** 1 when {@code value} (0 or more) is 0, else 0. */
  private static int isZero(int value) {
    return (value - 1) >>> 31;
  }
}
