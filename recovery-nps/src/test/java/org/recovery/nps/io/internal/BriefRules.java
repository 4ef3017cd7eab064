package org.recovery.nps.io.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;
import org.recovery.nps.RejectionReason;

/**
 * Reads cells with the score grammar and timestamp rules of the reference reader, written out
 * plainly with the JDK: the independent oracle of the differential tests.
 */
final class BriefRules implements ValueRules {

  private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");
  private final ZoneId zone;
  private final int min;
  private final int max;

  BriefRules(ZoneId zone, int min, int max) {
    this.zone = zone;
    this.min = min;
    this.max = max;
  }

  @Override
  public int score(String cell) {
    String t = cell.strip();
    if (t.isEmpty() || t.equalsIgnoreCase("N/A")) {
      return ValueRules.code(RejectionReason.BLANK);
    }
    if (!NUMBER.matcher(t).matches()) {
      return ValueRules.code(RejectionReason.NOT_A_NUMBER);
    }
    BigDecimal value = new BigDecimal(t);
    if (value.stripTrailingZeros().scale() > 0) {
      return ValueRules.code(RejectionReason.NOT_AN_INTEGER);
    }
    if (value.compareTo(BigDecimal.valueOf(min)) < 0
        || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      return ValueRules.code(RejectionReason.OUT_OF_RANGE);
    }
    return value.intValueExact();
  }

  @Override
  public long epochDay(String cell) {
    String t = cell.replaceAll("^[ \t]+|[ \t]+$", "");
    try {
      if (t.length() == 10) {
        return LocalDate.parse(t).toEpochDay();
      }
      if (t.length() > 10 && t.charAt(10) == ' ') {
        t = t.substring(0, 10) + 'T' + t.substring(11);
      }
      TemporalAccessor parsed =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(t, ZonedDateTime::from, LocalDateTime::from);
      ZonedDateTime at =
          parsed instanceof ZonedDateTime z ? z : ((LocalDateTime) parsed).atZone(zone);
      return at.withZoneSameInstant(zone).toLocalDate().toEpochDay();
    } catch (DateTimeParseException e) {
      return NO_DAY;
    }
  }

  @Override
  public String segment(String cell) {
    return cell;
  }
}
