package org.recovery.nps.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Says how the timestamp column is written. Text is trimmed of spaces and tabs first. A timestamp
 * without an offset or zone is read in the reader's configured zone (default UTC); a date without a
 * time is the start of that day.
 *
 * <p>Immutable and serializable, so a host can ship a reader's format to the machines that parse
 * its cells (a Spark job).
 */
public sealed interface TimestampFormat extends java.io.Serializable {

  /**
   * Returns the ISO-8601 format: {@code 2026-11-16}, {@code 2026-11-16T10:15:30} (a space instead
   * of the {@code T} is accepted), with optional fractions, offset ({@code Z}, {@code +01:00}) and
   * {@code [zone]}.
   *
   * @return the ISO format
   */
  static TimestampFormat iso() {
    return Iso.INSTANCE;
  }

  /**
   * Returns the Unix epoch seconds format: an integer, optionally signed, optionally with up to 9
   * fraction digits ({@code 1713418460}, {@code 1713418460.25}).
   *
   * @return the epoch seconds format
   */
  static TimestampFormat epochSeconds() {
    return EpochSeconds.INSTANCE;
  }

  /**
   * Returns a {@link DateTimeFormatter} pattern format, read with {@link Locale#ROOT}, for example
   * {@code M/d/yyyy H:mm:ss}.
   *
   * @param pattern the pattern
   * @return the pattern format
   * @throws IllegalArgumentException when the pattern is invalid
   */
  static TimestampFormat pattern(String pattern) {
    return new Pattern(pattern);
  }

  /**
   * Parses a timestamp cell.
   *
   * @param text the cell text
   * @param zone the zone for timestamps without an offset
   * @return the instant
   * @throws DateTimeException when the text does not match
   */
  Instant parse(String text, ZoneId zone);

  /** The ISO-8601 format. */
  enum Iso implements TimestampFormat {
    /** The only instance. */
    INSTANCE;

    @Override
    public Instant parse(String text, ZoneId zone) {
      String t = trim(text);
      Instant fast = fastPath(t, zone);
      if (fast != null) {
        return fast;
      }
      if (t.length() == 10) {
        return LocalDate.parse(t).atStartOfDay(zone).toInstant();
      }
      if (t.length() > 10 && t.charAt(10) == ' ') {
        t = t.substring(0, 10) + 'T' + t.substring(11);
      }
      TemporalAccessor parsed =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(t, ZonedDateTime::from, LocalDateTime::from);
      if (parsed instanceof ZonedDateTime z) {
        return z.toInstant();
      }
      return ((LocalDateTime) parsed).atZone(zone).toInstant();
    }

    // The common shape yyyy-MM-ddTHH:mm:ss with an optional Z, without the formatter's cost;
    // gives exactly what the general path gives (same validation through LocalDateTime.of).
    private static @Nullable Instant fastPath(String t, ZoneId zone) {
      int n = t.length();
      boolean utc = n == 20 && t.charAt(19) == 'Z';
      if ((n != 19 && !utc)
          || t.charAt(4) != '-'
          || t.charAt(7) != '-'
          || (t.charAt(10) != 'T' && t.charAt(10) != ' ')
          || t.charAt(13) != ':'
          || t.charAt(16) != ':') {
        return null;
      }
      int year = digits(t, 0, 4);
      int month = digits(t, 5, 2);
      int day = digits(t, 8, 2);
      int hour = digits(t, 11, 2);
      int minute = digits(t, 14, 2);
      int second = digits(t, 17, 2);
      if ((year | month | day | hour | minute | second) < 0) {
        return null;
      }
      LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second);
      return utc ? local.toInstant(ZoneOffset.UTC) : local.atZone(zone).toInstant();
    }

    private static int digits(String t, int from, int count) {
      int value = 0;
      for (int i = from; i < from + count; i++) {
        char c = t.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        value = value * 10 + (c - '0');
      }
      return value;
    }

    @Override
    public String toString() {
      return "ISO-8601";
    }
  }

  /** The Unix epoch seconds format. */
  enum EpochSeconds implements TimestampFormat {
    /** The only instance. */
    INSTANCE;

    @Override
    public Instant parse(String text, ZoneId zone) {
      String t = trim(text);
      if (!t.matches("[+-]?[0-9]{1,12}(\\.[0-9]{1,9})?")) {
        throw new DateTimeException("not epoch seconds: '" + t + "'");
      }
      int dot = t.indexOf('.');
      long seconds = Long.parseLong(dot < 0 ? t : t.substring(0, dot));
      long nanos = 0;
      if (dot >= 0) {
        String fraction = (t.substring(dot + 1) + "000000000").substring(0, 9);
        nanos = Long.parseLong(fraction);
        if (t.startsWith("-")) {
          nanos = -nanos;
        }
      }
      return Instant.ofEpochSecond(seconds, nanos);
    }

    @Override
    public String toString() {
      return "epoch seconds";
    }
  }

  /**
   * A {@link DateTimeFormatter} pattern.
   *
   * @param pattern the pattern text
   * @serial exclude
   */
  record Pattern(String pattern) implements TimestampFormat {

    /**
     * Validates the pattern.
     *
     * @param pattern the pattern text
     * @throws IllegalArgumentException when the pattern is invalid
     */
    public Pattern {
      Objects.requireNonNull(pattern, "pattern");
      DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
    }

    @Override
    public Instant parse(String text, ZoneId zone) {
      DateTimeFormatter formatter =
          Formatters.CACHE.computeIfAbsent(
              pattern, p -> DateTimeFormatter.ofPattern(p, Locale.ROOT));
      TemporalAccessor parsed =
          formatter.parseBest(
              trim(text), ZonedDateTime::from, LocalDateTime::from, LocalDate::from);
      if (parsed instanceof ZonedDateTime z) {
        return z.toInstant();
      }
      if (parsed instanceof LocalDateTime l) {
        return l.atZone(zone).toInstant();
      }
      return ((LocalDate) parsed).atStartOfDay(zone).toInstant();
    }

    @Override
    public String toString() {
      return "pattern " + pattern;
    }
  }

  /** Holds compiled patterns, shared because formatters are immutable. */
  final class Formatters {
    static final java.util.concurrent.ConcurrentMap<String, DateTimeFormatter> CACHE =
        new java.util.concurrent.ConcurrentHashMap<>();

    private Formatters() {}
  }

  private static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && ScoreSyntax.isTrimmed(text.charAt(start))) {
      start++;
    }
    while (end > start && ScoreSyntax.isTrimmed(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }
}
