package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A workbook cell's value is written as the text a CSV export of the same sheet would hold: dates
 * by Excel's calendar in either date system, in the reader's own timestamp format, numbers in plain
 * decimal, and anything that is not a finite number as it is.
 */
class WorkbookCellsTest {
  private static final WorkbookCells CELLS_1900 =
      new WorkbookCells(false, TimestampFormat.iso(), ZoneOffset.UTC);
  private static final WorkbookCells CELLS_1904 =
      new WorkbookCells(true, TimestampFormat.iso(), ZoneOffset.UTC);

  @Test
  void a1904SerialIsDaysSince1904AndAFractionIsTheTimeOfDay() {
    // The 1904 system has no Lotus leap day: serial 60 is 1904-03-01, the day after 1904-02-29.
    qt().forAll(integers().between(0, 2_957_003), integers().between(0, 86_399))
        .checkAssert(
            (days, seconds) ->
                assertThat(CELLS_1904.dateTime(days + seconds / 86_400.0))
                    .isEqualTo(
                        LocalDate.of(1904, 1, 1)
                            .plusDays(days)
                            .atStartOfDay()
                            .plusSeconds(seconds)));
    assertThat(CELLS_1904.dateTime(60)).isEqualTo(LocalDateTime.of(1904, 3, 1, 0, 0));
  }

  @Test
  void a1900SerialFrom61IsDaysSince18991230() {
    qt().forAll(integers().between(61, 2_958_465))
        .checkAssert(
            days ->
                assertThat(CELLS_1900.dateTime(days))
                    .isEqualTo(LocalDate.of(1899, 12, 30).plusDays(days).atStartOfDay()));
  }

  @Test
  void lotussLeapDaySerial60IsReadAsMarchTheFirstNotTheSecond() {
    // Excel shows serial 60 as 1900-02-29, a day that never was; the day after 1900-02-28 is read.
    assertThat(CELLS_1900.dateTime(59)).isEqualTo(LocalDateTime.of(1900, 2, 28, 0, 0));
    assertThat(CELLS_1900.dateTime(60)).isEqualTo(LocalDateTime.of(1900, 3, 1, 0, 0));
    assertThat(CELLS_1900.dateTime(60.75)).isEqualTo(LocalDateTime.of(1900, 3, 1, 18, 0));
    assertThat(CELLS_1900.number("60", 14, null)).isEqualTo("1900-03-01T00:00:00");
  }

  @ParameterizedTest
  @CsvSource({
    "13, false",
    "14, true",
    "22, true",
    "23, false",
    "44, false",
    "45, true",
    "47, true",
    "48, false",
  })
  void theBuiltInDateFormatsAre14To22And45To47(int id, boolean date) {
    assertThat(WorkbookCells.isDateFormat(id, null)).isEqualTo(date);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "yy| true",
        "d/m| true",
        "0\\d| false",
        "0_d| false",
        "0*d| false",
        "0;d| false",
        "\"d\"0| false",
        "[h]| false",
        "[Red]s| true",
      })
  void aCustomFormatShowsADateWhenItsFirstSectionHoldsADateLetterOutsideQuotesEscapesAndBrackets(
      String format, boolean date) {
    assertThat(WorkbookCells.isDateFormat(164, format)).isEqualTo(date);
  }

  @Test
  void aBuiltInNumberFormatBelow14IsNeverADateWhateverCodeItIsGiven() {
    assertThat(WorkbookCells.isDateFormat(1, "yyyy-mm-dd")).isFalse();
    assertThat(WorkbookCells.isDateFormat(13, "d")).isFalse();
    assertThat(WorkbookCells.isDateFormat(null, "d")).isTrue();
  }

  @Test
  void aDateFormattedNumberIsADateFromSerial0UpTo9999() {
    assertThat(CELLS_1900.number("0", 14, null)).isEqualTo("1899-12-31T00:00:00");
    assertThat(CELLS_1900.number("2958465.5", 14, null)).isEqualTo("9999-12-31T12:00:00");
    assertThat(CELLS_1900.number("2958466", 14, null)).isEqualTo("2958466");
    assertThat(CELLS_1900.number("-1", 14, null)).isEqualTo("-1");
    assertThat(CELLS_1900.number("x", 14, null)).isEqualTo("x");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "x| x",
        "NaN| NaN",
        "Infinity| Infinity",
        "1E+20| 100000000000000000000",
        "-1E+15| -1000000000000000",
        "1E+15| 1000000000000000",
        "999999999999999| 999999999999999",
        "2.50| 2.5",
      })
  void aNumberIsWrittenInPlainDecimalAndAnythingElseAsItIs(String raw, String text) {
    assertThat(WorkbookCells.number(raw)).isEqualTo(text);
    assertThat(CELLS_1900.number(raw, 0, "General")).isEqualTo(text);
  }

  @Test
  void aDateIsWrittenInTheReadersTimestampFormatSoThatItParsesBackToTheSameInstant() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    LocalDateTime at = LocalDateTime.of(2023, 3, 15, 18, 30, 15);
    for (TimestampFormat format :
        List.of(
            TimestampFormat.iso(),
            TimestampFormat.epochSeconds(),
            TimestampFormat.pattern("d/M/yyyy HH:mm:ss"))) {
      WorkbookCells cells = new WorkbookCells(false, format, paris);

      String text = cells.timestamp(at);

      assertThat(format.parse(text, paris))
          .as("%s as %s", format, text)
          .isEqualTo(at.atZone(paris).toInstant());
    }
    assertThat(new WorkbookCells(false, TimestampFormat.iso(), paris).timestamp(at))
        .isEqualTo("2023-03-15T18:30:15");
    assertThat(new WorkbookCells(false, TimestampFormat.epochSeconds(), paris).timestamp(at))
        .isEqualTo(Long.toString(at.atZone(paris).toEpochSecond()));
  }
}
