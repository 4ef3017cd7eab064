package org.recovery.templates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.recovery.core.Tone;

/**
 * Words a day as the customer reads it on the day their complaint arrived, in their time zone:
 * "later today", "tomorrow" (with the time for a deadline), the weekday within a week, the date
 * without its year later that year, and with its year beyond. Every date a letter shows goes
 * through here, so a follow-up, a check-in and a deadline read alike.
 */
final class DayWords {
  /** How far off a day is, counted from the day the complaint arrived. */
  enum Reach {
    /** The day of arrival. */
    TODAY,
    /** The next day. */
    TOMORROW,
    /** Two to six days on: the weekday names it without doubt. */
    THIS_WEEK,
    /** A week or more on, or any earlier day, in the same calendar year. */
    THIS_YEAR,
    /** A later year. */
    LATER
  }

  private static final int WEEK = 7;

  private final LocalDate arrival;
  private final ZoneId zone;
  private final Formats formats;
  private final PhraseBook.Language language;
  private final Tone tone;
  private final String[] values = new String[Var.ALL.length];
  private final StringBuilder buffer = new StringBuilder(32);

  DayWords(Instant arrival, ZoneId zone, Formats formats, PhraseBook.Language language, Tone tone) {
    this.arrival = LocalDate.ofInstant(arrival, zone);
    this.zone = zone;
    this.formats = formats;
    this.language = language;
    this.tone = tone;
    Arrays.fill(values, "");
  }

  /** Tells how far off a moment is from the day of arrival. */
  Reach reach(Instant moment) {
    LocalDate day = LocalDate.ofInstant(moment, zone);
    long days = ChronoUnit.DAYS.between(arrival, day);
    if (days == 0) {
      return Reach.TODAY;
    }
    if (days < 0) {
      return day.getYear() == arrival.getYear() ? Reach.THIS_YEAR : Reach.LATER;
    }
    if (days == 1) {
      return Reach.TOMORROW;
    }
    if (days < WEEK) {
      return Reach.THIS_WEEK;
    }
    return day.getYear() == arrival.getYear() ? Reach.THIS_YEAR : Reach.LATER;
  }

  /** Words a deadline: "later today", "by 10:15 tomorrow", "by Monday", "by 3 December". */
  String by(Instant deadline) {
    LocalDate day = LocalDate.ofInstant(deadline, zone);
    return switch (reach(deadline)) {
      case TODAY -> fill(Catalog.WHEN_TODAY);
      case TOMORROW -> {
        values[Var.TIME.ordinal()] = formats.time(deadline, zone);
        yield fill(Catalog.WHEN_TOMORROW);
      }
      case THIS_WEEK -> {
        values[Var.WEEKDAY.ordinal()] = formats.weekday(day);
        yield fill(Catalog.WHEN_WEEKDAY);
      }
      case THIS_YEAR, LATER -> {
        values[Var.DATE.ordinal()] = date(day);
        yield fill(Catalog.WHEN_DATE);
      }
    };
  }

  /**
   * Words the day something will happen: "later today", "tomorrow", "on Monday", "on 3 December".
   */
  String on(Instant moment) {
    LocalDate day = LocalDate.ofInstant(moment, zone);
    return switch (reach(moment)) {
      case TODAY -> fill(Catalog.ON_TODAY);
      case TOMORROW -> fill(Catalog.ON_TOMORROW);
      case THIS_WEEK ->
          language.phrase(tone, Catalog.ON_WEEKDAYS).items()[day.getDayOfWeek().ordinal()];
      case THIS_YEAR, LATER -> {
        values[Var.DATE.ordinal()] = date(day);
        yield fill(Catalog.ON_DATE);
      }
    };
  }

  /** Words a date with no relative name, such as the end of a credit: without a redundant year. */
  String date(Instant moment) {
    return date(LocalDate.ofInstant(moment, zone));
  }

  private String date(LocalDate day) {
    return day.getYear() == arrival.getYear() ? formats.dayAndMonth(day) : formats.date(day);
  }

  private String fill(int key) {
    Phrase p = language.phrase(tone, key);
    if (p.constant != null) {
      return p.constant;
    }
    buffer.setLength(0);
    p.appendTo(buffer, values);
    return buffer.toString();
  }
}
