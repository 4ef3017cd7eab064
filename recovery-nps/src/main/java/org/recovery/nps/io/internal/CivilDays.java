package org.recovery.nps.io.internal;

/**
 * Converts between proleptic Gregorian dates and epoch days without allocating (the algorithms of
 * Howard Hinnant's {@code chrono}-compatible date library).
 */
final class CivilDays {

  private CivilDays() {}

  /** Returns the epoch day of a valid date. */
  static long epochDay(int year, int month, int day) {
    long y = month <= 2 ? year - 1L : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
  }

  /** Returns the number of days in a month. */
  static int lengthOfMonth(int year, int month) {
    if (month == 2) {
      boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
      return leap ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }
}
