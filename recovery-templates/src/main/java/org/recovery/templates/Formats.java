package org.recovery.templates;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.recovery.core.Money;

/**
 * The JDK's money, percent, number and date formats for one locale, made once. {@link NumberFormat}
 * is not thread-safe, so each thread keeps its own copy; {@link DateTimeFormatter} is shared.
 *
 * <p>Non-negative numbers are written through each format's {@link DigitLayout}, which gives the
 * same text at a fraction of the cost; a format the layout cannot reproduce, and any negative
 * amount, is written by the format itself.
 *
 * <p>Dates written are kept by day: letters name the next few days and weeks over and over (ship
 * by, follow up on, credit until), and formatting a date costs more than the rest of its sentence.
 * The memo holds at most {@value #MAX_DAYS} days and starts afresh when full.
 */
final class Formats {
  static final int MAX_DAYS = 512;

  /**
   * The largest whole percentage written through the layout: the format multiplies {@code p /
   * 100.0} back by 100 in binary floating point, which gives {@code p} exactly this far.
   */
  static final int MAX_EXACT_PERCENT = 100_000;

  private final DateTimeFormatter date;
  private final DateTimeFormatter dayAndMonth;
  private final DateTimeFormatter time;
  private final String[] weekdays = new String[7];
  private final Map<LocalDate, String> days = new ConcurrentHashMap<>();
  private final Map<LocalDate, String> daysInYear = new ConcurrentHashMap<>();
  private final ThreadLocal<NumberFormat> money;
  private final ThreadLocal<NumberFormat> percent;
  private final ThreadLocal<NumberFormat> number;
  private final Locale locale;
  private final Map<Currency, Optional<DigitLayout>> moneyLayouts = new ConcurrentHashMap<>();
  private final @Nullable DigitLayout percentLayout;
  private final @Nullable DigitLayout numberLayout;

  Formats(Locale locale) {
    // Resolve the locale's long date pattern once: a localized formatter looks it up on every call.
    String pattern =
        DateTimeFormatterBuilder.getLocalizedDateTimePattern(
            FormatStyle.LONG, null, IsoChronology.INSTANCE, locale);
    this.date = DateTimeFormatter.ofPattern(pattern, locale);
    this.dayAndMonth = DateTimeFormatter.ofPattern(withoutYear(pattern), locale);
    this.time = timeFormat(locale);
    for (DayOfWeek d : DayOfWeek.values()) {
      weekdays[d.ordinal()] = d.getDisplayName(TextStyle.FULL, locale);
    }
    this.money = ThreadLocal.withInitial(() -> NumberFormat.getCurrencyInstance(locale));
    this.percent = ThreadLocal.withInitial(() -> NumberFormat.getPercentInstance(locale));
    this.number = ThreadLocal.withInitial(() -> NumberFormat.getIntegerInstance(locale));
    this.locale = locale;
    this.percentLayout = DigitLayout.of(NumberFormat.getPercentInstance(locale), false, 100);
    this.numberLayout = DigitLayout.of(NumberFormat.getIntegerInstance(locale), false, 1);
  }

  String money(Money amount) {
    BigDecimal value = amount.amount();
    if (value.signum() >= 0) {
      Optional<DigitLayout> layout = moneyLayouts.get(amount.currency());
      if (layout == null) {
        layout = moneyLayouts.computeIfAbsent(amount.currency(), this::moneyLayout);
      }
      if (layout.isPresent()) {
        return layout.get().write(value.toPlainString());
      }
    }
    NumberFormat f = money.get();
    if (f.getCurrency() != amount.currency()) {
      configure(f, amount.currency());
    }
    return f.format(value);
  }

  String percent(int percentage) {
    if (percentLayout != null && percentage >= 0 && percentage <= MAX_EXACT_PERCENT) {
      return percentLayout.write(Integer.toString(percentage));
    }
    return percent.get().format(percentage / 100.0);
  }

  String number(long n) {
    if (numberLayout != null && n >= 0) {
      return numberLayout.write(Long.toString(n));
    }
    return number.get().format(n);
  }

  private Optional<DigitLayout> moneyLayout(Currency currency) {
    NumberFormat f = NumberFormat.getCurrencyInstance(locale);
    configure(f, currency);
    return Optional.ofNullable(DigitLayout.of(f, true, 1));
  }

  private static void configure(NumberFormat f, Currency currency) {
    f.setCurrency(currency);
    int digits = currency.getDefaultFractionDigits();
    f.setMinimumFractionDigits(digits);
    f.setMaximumFractionDigits(digits);
  }

  /**
   * Returns the long date pattern without its year ("d MMMM y" gives "d MMMM", "d 'de' MMMM 'de' y"
   * gives "d 'de' MMMM", "MMMM d, y" gives "MMMM d"), for dates in the year the letter is written.
   */
  static String withoutYear(String longPattern) {
    return longPattern.replaceAll("[,\\s]*(?:'de'\\s*)?y+", "").strip();
  }

  /**
   * Returns the time format letters use: the locale's short style ("10:15", "10:15 AM"), except
   * where a language's letters follow their own convention rather than CLDR's "HH:mm": French
   * writes "10 h 15" (with no-break spaces, as French typography keeps the hour and minutes on one
   * line), Brazilian Portuguese "10h15".
   */
  private static DateTimeFormatter timeFormat(Locale locale) {
    return switch (locale.getLanguage()) {
      case "fr" -> DateTimeFormatter.ofPattern("H'\u00a0h\u00a0'mm", locale);
      case "pt" -> DateTimeFormatter.ofPattern("H'h'mm", locale);
      default -> DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    };
  }

  /** Writes the time of day of an instant in a zone ("10:15", "10 h 15", "10h15"). */
  String time(Instant instant, ZoneId zone) {
    return time.format(instant.atZone(zone));
  }

  /** Writes the full name of a day of the week ("Monday", "lundi"). */
  String weekday(LocalDate day) {
    return weekdays[day.getDayOfWeek().ordinal()];
  }

  /** Writes a long date with its year ("23 November 2026"). */
  String date(Instant instant, ZoneId zone) {
    return date(LocalDate.ofInstant(instant, zone));
  }

  /** Writes a long date with its year ("23 November 2026"). */
  String date(LocalDate day) {
    return memo(days, date, day);
  }

  /** Writes a long date without its year ("23 November"), for a date in the current year. */
  String dayAndMonth(LocalDate day) {
    return memo(daysInYear, dayAndMonth, day);
  }

  private static String memo(Map<LocalDate, String> memo, DateTimeFormatter f, LocalDate day) {
    // The pattern has date fields only, so the day alone decides the text.
    String text = memo.get(day);
    if (text == null) {
      text = f.format(day);
      if (memo.size() >= MAX_DAYS) {
        memo.clear();
      }
      memo.put(day, text);
    }
    return text;
  }
}
