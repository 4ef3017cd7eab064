package org.recovery.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Remembered dates read exactly as the JDK writes them, on the customer's day. */
class FormatsTest {
  private static final Instant LATE_EVENING_UTC = Instant.parse("2026-11-20T23:30:00Z");

  @Test
  void datesStayTheJdksLongDateWellPastTheMemoBound() {
    Formats formats = new Formats(Locale.GERMAN);
    ZoneId zone = ZoneId.of("Europe/Berlin");
    for (int round = 0; round < 2; round++) {
      for (int d = 0; d < Formats.MAX_DAYS * 2 + 7; d++) {
        Instant at = LATE_EVENING_UTC.plus(d, ChronoUnit.DAYS);
        assertThat(formats.date(at, zone)).isEqualTo(jdk(Locale.GERMAN).format(at.atZone(zone)));
      }
    }
  }

  @Test
  void theSameInstantIsWrittenOnTheCustomersOwnDay() {
    Formats formats = new Formats(Locale.ENGLISH);

    String utc = formats.date(LATE_EVENING_UTC, ZoneId.of("UTC"));
    String berlin = formats.date(LATE_EVENING_UTC, ZoneId.of("Europe/Berlin"));

    assertThat(utc).isEqualTo("November 20, 2026");
    assertThat(berlin).isEqualTo("November 21, 2026");
  }

  @Test
  void threadsSharingFormatsWriteTheSameDates() throws Exception {
    Formats formats = new Formats(Locale.FRENCH);
    ZoneId zone = ZoneId.of("Europe/Paris");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t * 97;
        results.add(
            pool.submit(
                () -> {
                  for (int d = 0; d < Formats.MAX_DAYS + 50; d++) {
                    Instant at = LATE_EVENING_UTC.plus(offset + d, ChronoUnit.DAYS);
                    if (!formats
                        .date(at, zone)
                        .equals(jdk(Locale.FRENCH).format(at.atZone(zone)))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static DateTimeFormatter jdk(Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
  }
}
