package org.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableFiguresTest {

  @ParameterizedTest
  @ValueSource(
      doubles = {
        0.0,
        -0.0,
        -0.04,
        -0.05,
        0.05,
        0.15,
        0.25,
        0.35,
        1.45,
        2.675,
        99.95,
        -99.95,
        100.0,
        -100.0,
        12.5,
        -12.25,
        1e-5,
        2.5e-3,
        1e7,
        1.2345678e7,
        1e20,
        -1e300,
        Double.MIN_VALUE,
        -Double.MIN_VALUE,
        Double.MAX_VALUE,
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY
      })
  void oneDecimalIsWhatTheFormatterWrites(double value) {
    assertThat(TableFigures.oneDecimal(value)).isEqualTo(String.format(Locale.US, "%.1f", value));
  }

  @Test
  void roundingIsHalfUpOnTheShortestDecimalAndANegativeZeroKeepsItsSign() {
    // 1.45 is stored as 1.4499999999999999556: the formatter rounds the decimal it reads, 1.45.
    assertThat(TableFigures.oneDecimal(1.45)).isEqualTo("1.5");
    assertThat(TableFigures.oneDecimal(-0.04)).isEqualTo("-0.0");
    assertThat(TableFigures.oneDecimal(-0.0)).isEqualTo("-0.0");
    assertThat(TableFigures.oneDecimal(64.25)).isEqualTo("64.3");
  }

  @Test
  void everyDoubleReadsAsTheFormatterWritesIt() {
    qt().withExamples(20_000)
        .forAll(doubles().any())
        .checkAssert(
            v ->
                assertThat(TableFigures.oneDecimal(v))
                    .as("%s", v)
                    .isEqualTo(String.format(Locale.US, "%.1f", v)));
  }

  @Test
  void everyScoreAndShareReadsAsTheFormatterWritesIt() {
    // The figures a table shows: NPS, bounds and shares are ratios of counts, times 100.
    qt().withExamples(20_000)
        .forAll(integers().between(0, 2_000_000), integers().between(1, 2_000_000))
        .checkAssert(
            (a, b) -> {
              int part = Math.min(a, b);
              int whole = Math.max(a, b);
              double share = 100.0 * part / whole;
              assertThat(TableFigures.oneDecimal(share))
                  .isEqualTo(String.format(Locale.US, "%.1f", share));
              assertThat(TableFigures.oneDecimal(share * 2 - 100))
                  .isEqualTo(String.format(Locale.US, "%.1f", share * 2 - 100));
            });
  }

  @Test
  void anyNumberOfDecimalsReadsAsTheFormatterWritesIt() {
    qt().withExamples(20_000)
        .forAll(doubles().between(-1e8, 1e8), integers().between(0, 4))
        .checkAssert(
            (v, decimals) ->
                assertThat(TableFigures.fixed(v, decimals))
                    .as("%s to %s decimals", v, decimals)
                    .isEqualTo(String.format(Locale.US, "%." + decimals + "f", v)));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.5, 9.5, 99.5, 94.5, 95.0, 97.5, 999.96, 9.96, 0.0004, 0.0005})
  void aCarryRunsThroughNinesAndThePoint(double value) {
    for (int decimals = 0; decimals <= 3; decimals++) {
      assertThat(TableFigures.fixed(value, decimals))
          .as("%s to %s decimals", value, decimals)
          .isEqualTo(String.format(Locale.US, "%." + decimals + "f", value));
    }
  }

  @Test
  void negativeDecimalsAreRefused() {
    assertThatThrownBy(() -> TableFigures.fixed(1.0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decimals must be at least 0 but was -1");
  }

  @ParameterizedTest
  @ValueSource(
      longs = {
        0,
        1,
        -1,
        999,
        -999,
        1000,
        -1000,
        12_345,
        100_000,
        -100_000,
        1_978_148,
        Long.MAX_VALUE,
        Long.MIN_VALUE
      })
  void groupedIsWhatTheFormatterWrites(long value) {
    assertThat(TableFigures.grouped(value)).isEqualTo(String.format(Locale.US, "%,d", value));
  }

  @Test
  void everyLongReadsAsTheFormatterWritesIt() {
    qt().withExamples(20_000)
        .forAll(longs().all(), integers().between(0, 63))
        .checkAssert(
            (v, shift) ->
                assertThat(TableFigures.grouped(v >> shift))
                    .isEqualTo(String.format(Locale.US, "%,d", v >> shift)));
  }
}
