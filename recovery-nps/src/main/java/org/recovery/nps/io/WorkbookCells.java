package org.recovery.nps.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Writes the value of a workbook cell as the text a CSV export of the same sheet would hold, so
 * that every rule after it (the score grammar, timestamps, weights, segments) is the CSV rule: a
 * number in plain decimal ({@code 9.0} is {@code 9}, {@code 1E+1} is {@code 10}), a boolean as
 * {@code TRUE}/{@code FALSE}, an error as its code ({@code #N/A}), a date-formatted number as a
 * timestamp in the reader's own timestamp format.
 *
 * <p>Immutable; one per read, since it holds the workbook's date system.
 */
final class WorkbookCells {
  private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
  private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
  private static final long MILLIS_PER_DAY = 86_400_000L;
  // Excel's date range: 9999-12-31 is serial 2,958,465; beyond it a "date" is only a number.
  private static final double MAX_SERIAL = 2_958_466;

  private final boolean date1904;
  private final TimestampFormat timestampFormat;
  private final ZoneId zone;

  WorkbookCells(boolean date1904, TimestampFormat timestampFormat, ZoneId zone) {
    this.date1904 = date1904;
    this.timestampFormat = timestampFormat;
    this.zone = zone;
  }

  /** Writes a finite number in plain decimal, without trailing zeros; anything else as given. */
  static String number(String raw) {
    double value;
    try {
      value = Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      return raw;
    }
    if (!Double.isFinite(value)) {
      return raw;
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** Writes a number cell, as a timestamp when its format shows a date. */
  String number(String raw, @Nullable Integer formatId, @Nullable String format) {
    if (isDateFormat(formatId, format)) {
      try {
        double serial = Double.parseDouble(raw);
        if (serial >= 0 && serial < MAX_SERIAL) {
          return timestamp(dateTime(serial));
        }
      } catch (NumberFormatException e) {
        return raw;
      }
    }
    return number(raw);
  }

  /**
   * Converts a date serial: days since 1899-12-30 (1900 system; serials below 61 count from
   * 1899-12-31, since Excel keeps Lotus's 1900-02-29, serial 60, which is read as 1900-03-01) or
   * since 1904-01-01 (1904 system), the fraction being the time of day, rounded to the millisecond.
   */
  LocalDateTime dateTime(double serial) {
    long millis = Math.round(serial * MILLIS_PER_DAY);
    long days = Math.floorDiv(millis, MILLIS_PER_DAY);
    long ofDay = Math.floorMod(millis, MILLIS_PER_DAY);
    // Below 61 the 1900 system counts from a day later, so serial 60 is 1900-03-01 as well.
    LocalDate epoch = date1904 ? EPOCH_1904 : (days < 61 ? EPOCH_1900.plusDays(1) : EPOCH_1900);
    return epoch.plusDays(days).atStartOfDay().plusNanos(ofDay * 1_000_000L);
  }

  /** Writes a date and time in the reader's timestamp format, so that it parses back exactly. */
  String timestamp(LocalDateTime at) {
    if (timestampFormat instanceof TimestampFormat.Pattern p) {
      return DateTimeFormatter.ofPattern(p.pattern(), Locale.ROOT).format(at);
    }
    if (timestampFormat instanceof TimestampFormat.EpochSeconds) {
      return Long.toString(at.atZone(zone).toEpochSecond());
    }
    return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(at);
  }

  /**
   * Tells whether a number format shows a date or time: the built-in formats 14-22 and 45-47, or a
   * format code with a y, m, d, h or s outside quotes, escapes and brackets ({@code [Red]}), as
   * Excel decides.
   */
  static boolean isDateFormat(@Nullable Integer id, @Nullable String format) {
    if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
      return true;
    }
    if (format == null || (id != null && id < 14)) {
      return false;
    }
    boolean quoted = false;
    boolean bracket = false;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (quoted) {
        continue;
      } else if (c == '\\' || c == '_' || c == '*') {
        i++;
      } else if (c == '[') {
        bracket = true;
      } else if (c == ']') {
        bracket = false;
      } else if (!bracket && "yYmMdDhHsS".indexOf(c) >= 0) {
        return true;
      } else if (c == ';') {
        // Only the first section (positive numbers) decides, as for Excel's own date test.
        return false;
      }
    }
    return false;
  }
}
