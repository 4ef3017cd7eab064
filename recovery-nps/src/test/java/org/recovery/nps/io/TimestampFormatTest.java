package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampFormatTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2026-11-16T10:15:30Z, 2026-11-16T10:15:30Z",
    "2026-11-16 10:15:30Z, 2026-11-16T10:15:30Z",
    "2026-11-16T10:15:30, 2026-11-16T09:15:30Z",
    "2026-11-16 10:15:30, 2026-11-16T09:15:30Z",
    "2026-11-16T10:15:30.250Z, 2026-11-16T10:15:30.250Z",
    "2026-11-16T10:15:30+02:00, 2026-11-16T08:15:30Z",
    "2026-11-16T10:15, 2026-11-16T09:15:00Z",
    "2026-11-16, 2026-11-15T23:00:00Z",
  })
  void readsIsoTimestampsInTheConfiguredZoneUnlessTheyCarryAnOffset(String text, String instant) {
    assertThat(TimestampFormat.iso().parse(text, PARIS)).isEqualTo(Instant.parse(instant));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2026-02-30T10:15:30Z", "2026-11-16T24:00:00Z", "2026-11-16T10:15:60", "16/11/2026"})
  void rejectsInvalidIsoTimestamps(String text) {
    assertThatThrownBy(() -> TimestampFormat.iso().parse(text, ZoneOffset.UTC))
        .isInstanceOf(DateTimeException.class);
  }

  @Test
  void readsEpochSecondsAndPatterns() {
    assertThat(TimestampFormat.epochSeconds().parse("1713418460.5", ZoneOffset.UTC))
        .isEqualTo(Instant.ofEpochSecond(1713418460L, 500_000_000L));
    assertThat(
            TimestampFormat.pattern("M/d/yyyy H:mm:ss").parse("11/1/2019 8:51:12", ZoneOffset.UTC))
        .isEqualTo(Instant.parse("2019-11-01T08:51:12Z"));
  }

  @ParameterizedTest
  @CsvSource({
    "2026/11/16T10:15:30",
    "2026-11/16T10:15:30",
    "2026-11-16X10:15:30",
    "2026-11-16T10-15:30",
    "2026-11-16T10:15-30",
    "2026-11-16T10:15:30X",
    "2026-1a-16T10:15:30",
    "2026-11-16T1O:15:30Z",
    "2O26-11-16T10:15:30Z",
    "2026/11-16T10:15:30",
    "2026-11-16T10:15:3O"
  })
  void isoRefusesEveryMisplacedSeparatorOrLetterOfTheCommonShape(String text) {
    assertThatThrownBy(() -> TimestampFormat.iso().parse(text, ZoneOffset.UTC))
        .isInstanceOf(DateTimeException.class);
  }

  @Test
  void isoReadsTheCommonShapeWithASpaceAndInTheGivenZone() {
    Instant utc = Instant.parse("2026-11-16T10:15:30Z");
    assertThat(TimestampFormat.iso().parse("2026-11-16 10:15:30Z", ZoneOffset.UTC)).isEqualTo(utc);
    assertThat(TimestampFormat.iso().parse(" 2026-11-16T10:15:30\t", ZoneId.of("Europe/Berlin")))
        .isEqualTo(utc.minusSeconds(3600));
    assertThat(TimestampFormat.iso().parse("0000-01-01T00:00:00Z", ZoneOffset.UTC))
        .isEqualTo(Instant.parse("0000-01-01T00:00:00Z"));
  }

  @Test
  void negativeEpochSecondsWithAFractionCountBackFromTheEpoch() {
    assertThat(TimestampFormat.epochSeconds().parse("-1.5", ZoneOffset.UTC))
        .isEqualTo(Instant.ofEpochSecond(-2, 500_000_000));
    assertThat(TimestampFormat.epochSeconds().parse("+1.25", ZoneOffset.UTC))
        .isEqualTo(Instant.ofEpochSecond(1, 250_000_000));
    assertThat(TimestampFormat.epochSeconds().parse("-7", ZoneOffset.UTC))
        .isEqualTo(Instant.ofEpochSecond(-7));
  }

  @Test
  void eachFormatSaysWhatItIs() {
    assertThat(TimestampFormat.iso()).hasToString("ISO-8601");
    assertThat(TimestampFormat.epochSeconds()).hasToString("epoch seconds");
    assertThat(TimestampFormat.pattern("M/d/yyyy H:mm")).hasToString("pattern M/d/yyyy H:mm");
  }
}
