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

  /** Returns the date of an epoch day packed as {@code year << 16 | month << 8 | day}. */
  static long civil(long epochDay) {
    long z = epochDay + 719468;
    long era = Math.floorDiv(z, 146097);
    long dayOfEra = z - era * 146097;
    long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long mp = (5 * dayOfYear + 2) / 153;
    long day = dayOfYear - (153 * mp + 2) / 5 + 1;
    long month = mp < 10 ? mp + 3 : mp - 9;
    long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return year << 16 | month << 8 | day;
  }

  /** Returns the year of a date packed by {@link #civil(long)}. */
  static int year(long civil) {
    return (int) (civil >> 16);
  }

  /** Returns the month (1-12) of a date packed by {@link #civil(long)}. */
  static int month(long civil) {
    return (int) (civil >> 8) & 0xFF;
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
