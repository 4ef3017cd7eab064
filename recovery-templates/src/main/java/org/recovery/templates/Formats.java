package org.recovery.templates;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.recovery.core.Money;

/**
 * The JDK's money, percent, number and date formats for one locale, made once. {@link NumberFormat}
 * is not thread-safe, so each thread keeps its own copy; {@link DateTimeFormatter} is shared.
 *
 * <p>Dates written are kept by day: letters name the next few days and weeks over and over (ship
 * by, follow up on, credit until), and formatting a date costs more than the rest of its sentence.
 * The memo holds at most {@value #MAX_DAYS} days and starts afresh when full.
 */
final class Formats {
  static final int MAX_DAYS = 512;

  private final DateTimeFormatter date;
  private final Map<LocalDate, String> days = new ConcurrentHashMap<>();
  private final ThreadLocal<NumberFormat> money;
  private final ThreadLocal<NumberFormat> percent;
  private final ThreadLocal<NumberFormat> number;

  Formats(Locale locale) {
    // Resolve the locale's long date pattern once: a localized formatter looks it up on every call.
    this.date =
        DateTimeFormatter.ofPattern(
            DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.LONG, null, IsoChronology.INSTANCE, locale),
            locale);
    this.money = ThreadLocal.withInitial(() -> NumberFormat.getCurrencyInstance(locale));
    this.percent = ThreadLocal.withInitial(() -> NumberFormat.getPercentInstance(locale));
    this.number = ThreadLocal.withInitial(() -> NumberFormat.getIntegerInstance(locale));
  }

  String money(Money amount) {
    NumberFormat f = money.get();
    if (f.getCurrency() != amount.currency()) {
      f.setCurrency(amount.currency());
      int digits = amount.currency().getDefaultFractionDigits();
      f.setMinimumFractionDigits(digits);
      f.setMaximumFractionDigits(digits);
    }
    BigDecimal value = amount.amount();
    return f.format(value);
  }

  String percent(int percentage) {
    return percent.get().format(percentage / 100.0);
  }

  String number(long n) {
    return number.get().format(n);
  }

  String date(Instant instant, ZoneId zone) {
    // The pattern has date fields only, so the day alone decides the text.
    LocalDate day = LocalDate.ofInstant(instant, zone);
    String text = days.get(day);
    if (text == null) {
      text = date.format(day);
      if (days.size() >= MAX_DAYS) {
        days.clear();
      }
      days.put(day, text);
    }
    return text;
  }
}
