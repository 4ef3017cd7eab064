package org.recovery.nps.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The in-place timestamp reader against {@code java.time}: every canonical form is read here, not
 * left to the slower general rules, and gives the day {@code java.time} gives; every other text is
 * left to them ({@link ValueRules#NO_DAY}), never read as a wrong day.
 */
class TimestampBytesTest {
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneOffset.UTC,
          ZoneOffset.ofHoursMinutes(5, 30),
          ZoneOffset.ofHours(-11),
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("America/St_Johns"),
          ZoneId.of("Pacific/Apia"));

  private static long read(TimestampBytes reader, String text) {
    // Padded on both sides: the reader must stay inside [from, to).
    byte[] bytes = ("##" + text + "########").getBytes(StandardCharsets.US_ASCII);
    return reader.epochDay(bytes, 2, 2 + text.length());
  }

  /** A canonical timestamp of a random instant, in one of the forms the reader documents. */
  private static String canonical(
      SplittableRandom random, LocalDateTime local, ZoneOffset offset, int zone) {
    StringBuilder s = new StringBuilder(local.toLocalDate().toString());
    s.append(random.nextBoolean() ? 'T' : ' ');
    s.append(String.format("%02d:%02d", local.getHour(), local.getMinute()));
    int form = random.nextInt(3);
    if (form >= 1) {
      s.append(String.format(":%02d", local.getSecond()));
    }
    if (form == 2) {
      int digits = 1 + random.nextInt(9);
      for (int i = 0; i < digits; i++) {
        s.append((char) ('0' + random.nextInt(10)));
      }
      s.insert(s.length() - digits, '.');
    }
    if (zone == 1) {
      s.append(offset.getTotalSeconds() == 0 && random.nextBoolean() ? "Z" : offset.getId());
    } else if (zone == 2) {
      s.append(offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId());
    }
    return s.toString();
  }

  @Test
  void everyCanonicalTimestampIsReadInPlaceAsJavaTimeReadsIt() {
    qt().withExamples(3000)
        .forAll(longs().all(), integers().between(0, ZONES.size() - 1))
        .checkAssert(
            (seed, z) -> {
              SplittableRandom random = new SplittableRandom(seed);
              ZoneId zone = ZONES.get(z);
              LocalDateTime local =
                  LocalDateTime.of(
                      LocalDate.ofEpochDay(
                          random.nextLong(
                              LocalDate.of(1, 1, 1).toEpochDay(),
                              LocalDate.of(9999, 12, 31).toEpochDay() + 1)),
                      java.time.LocalTime.ofSecondOfDay(random.nextInt(86400)));
              ZoneOffset offset =
                  ZoneOffset.ofTotalSeconds(60 * (random.nextInt(2 * 17 * 60 + 1) - 17 * 60));
              // 0: no offset; 1: Z or +HH:MM; 2: +HH:MM, +00:00 for UTC.
              int form = random.nextInt(3);
              String text = canonical(random, local, offset, form);
              boolean hasOffset = form != 0;
              long expected;
              if (hasOffset) {
                expected =
                    OffsetDateTime.of(local, offset)
                        .atZoneSameInstant(zone)
                        .toLocalDate()
                        .toEpochDay();
              } else if (zone.getRules().isFixedOffset()) {
                expected = local.toLocalDate().toEpochDay();
              } else {
                expected = ValueRules.NO_DAY;
              }
              TimestampBytes reader = new TimestampBytes(zone);
              assertThat(read(reader, text)).as("%s in %s", text, zone).isEqualTo(expected);
              // Read again: the remembered date gives the same day.
              assertThat(read(reader, text)).as("%s again", text).isEqualTo(expected);
            });
  }

  @Test
  void aDateAloneIsThatDayInAnyZone() {
    for (ZoneId zone : ZONES) {
      TimestampBytes reader = new TimestampBytes(zone);
      assertThat(read(reader, "2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29).toEpochDay());
      assertThat(read(reader, "0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1).toEpochDay());
      assertThat(read(reader, "9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31).toEpochDay());
    }
  }

  @Test
  void textsOutsideTheCanonicalFormsAreLeftToTheGeneralRules() {
    TimestampBytes utc = new TimestampBytes(ZoneOffset.UTC);
    for (String text :
        List.of(
            "2026-00-10",
            "2026-13-10",
            "2026-01-00",
            "2026-01-32",
            "2026-04-31",
            "2023-02-29",
            "1900-02-29",
            "2026/01/10",
            "2026-01/10",
            "2026-1-10T",
            "20x6-01-10",
            "2026-01-10T24:00",
            "2026-01-10T23:60",
            "2026-01-10T23:59:60",
            "2026-01-10T2x:00",
            "2026-01-10T10-00",
            "2026-01-10X10:00",
            "2026-01-10T10:00:",
            "2026-01-10T10:00:0",
            "2026-01-10T10:00:00.",
            "2026-01-10T10:00:00.1234567890",
            "2026-01-10T10:00:00.5x",
            "2026-01-10T10:00Zx",
            "2026-01-10T10:00+18:00",
            "2026-01-10T10:00+05:60",
            "2026-01-10T10:00+0530",
            "2026-01-10T10:00+05:3",
            "2026-01-10T10:00-00:00",
            "2026-01-10T10:00+x5:30",
            "2026-01-10T10:00z",
            "2026-01-10T10:0",
            "2026-01-1",
            "2026-01-10 ")) {
      assertThat(read(utc, text)).as(text).isEqualTo(ValueRules.NO_DAY);
    }
  }

  @Test
  void theLimitsOfEachFieldAreRead() {
    TimestampBytes utc = new TimestampBytes(ZoneOffset.UTC);
    long day = LocalDate.of(2026, 1, 10).toEpochDay();
    assertThat(read(utc, "2026-01-10T23:59:59")).isEqualTo(day);
    assertThat(read(utc, "2026-01-10T00:00")).isEqualTo(day);
    assertThat(read(utc, "2026-01-10T10:00:00.123456789")).isEqualTo(day);
    assertThat(read(utc, "2026-01-10T10:00:00.1Z")).isEqualTo(day);
    assertThat(read(utc, "2026-01-10T00:00+17:59")).isEqualTo(day - 1);
    assertThat(read(utc, "2026-01-10T23:59-17:59")).isEqualTo(day + 1);
    assertThat(read(utc, "2026-01-10T12:00-00:01")).isEqualTo(day);
    assertThat(read(utc, "2026-12-31T23:30-01:00"))
        .isEqualTo(LocalDate.of(2027, 1, 1).toEpochDay());
    assertThat(read(utc, "2026-01-10 10:00:00Z")).isEqualTo(day);
  }

  @Test
  void aZoneWithTransitionsTakesTheOffsetOfTheInstantOnEitherSideOfAChange() {
    TimestampBytes berlin = new TimestampBytes(ZoneId.of("Europe/Berlin"));
    // Winter (+01:00), then summer (+02:00), then winter again, read in and out of order.
    assertThat(read(berlin, "2026-03-28T23:30Z")).isEqualTo(LocalDate.of(2026, 3, 29).toEpochDay());
    assertThat(read(berlin, "2026-03-29T22:30Z")).isEqualTo(LocalDate.of(2026, 3, 30).toEpochDay());
    assertThat(read(berlin, "2026-03-29T21:30Z")).isEqualTo(LocalDate.of(2026, 3, 29).toEpochDay());
    assertThat(read(berlin, "2026-01-10T23:30Z")).isEqualTo(LocalDate.of(2026, 1, 11).toEpochDay());
    assertThat(read(berlin, "2026-01-10T22:30Z")).isEqualTo(LocalDate.of(2026, 1, 10).toEpochDay());
    assertThat(read(berlin, "2026-10-25T22:30Z"))
        .isEqualTo(LocalDate.of(2026, 10, 25).toEpochDay());
    assertThat(read(berlin, "2026-10-25T23:30Z"))
        .isEqualTo(LocalDate.of(2026, 10, 26).toEpochDay());
    // A local time in such a zone is left to the rules, which know its gaps and overlaps.
    assertThat(read(berlin, "2026-03-29T02:30")).isEqualTo(ValueRules.NO_DAY);
  }

  @Test
  void civilDaysAgreeWithJavaTimeOnEveryMonthOfFourCenturiesAndTheirEnds() {
    for (int year = 1; year <= 9999; year += year < 1500 || year > 2500 ? 37 : 1) {
      for (int month = 1; month <= 12; month++) {
        int length = YearMonth.of(year, month).lengthOfMonth();
        assertThat(CivilDays.lengthOfMonth(year, month)).as("%d-%d", year, month).isEqualTo(length);
        assertThat(CivilDays.epochDay(year, month, 1))
            .isEqualTo(LocalDate.of(year, month, 1).toEpochDay());
        assertThat(CivilDays.epochDay(year, month, length))
            .isEqualTo(LocalDate.of(year, month, length).toEpochDay());
      }
    }
    assertThat(CivilDays.lengthOfMonth(2000, 2)).isEqualTo(29);
    assertThat(CivilDays.lengthOfMonth(1900, 2)).isEqualTo(28);
    assertThat(CivilDays.lengthOfMonth(2024, 2)).isEqualTo(29);
    assertThat(CivilDays.lengthOfMonth(2023, 2)).isEqualTo(28);
    assertThat(CivilDays.epochDay(1970, 1, 1)).isZero();
    assertThat(CivilDays.epochDay(0, 3, 1)).isEqualTo(LocalDate.of(0, 3, 1).toEpochDay());
  }
}
