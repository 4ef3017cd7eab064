package org.recovery.nps.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {

  @Test
  void scoresAndChangesHaveOneDecimalAndADashWhenUndefined() {
    assertThat(Figures.score(41.25)).isEqualTo("41.3");
    assertThat(Figures.score(-3.0)).isEqualTo("-3.0");
    assertThat(Figures.score(Double.NaN)).isEqualTo("–");
    assertThat(Figures.signed(4.04)).isEqualTo("+4.0");
    assertThat(Figures.signed(-12.36)).isEqualTo("-12.4");
    assertThat(Figures.signed(0.0)).isEqualTo("+0.0");
    assertThat(Figures.signed(Double.NaN)).isEqualTo("–");
    assertThat(Figures.signed(Double.POSITIVE_INFINITY)).isEqualTo("–");
  }

  @Test
  void countsHaveThousandsSeparators() {
    assertThat(Figures.count(0)).isEqualTo("0");
    assertThat(Figures.count(1_234_567)).isEqualTo("1,234,567");
  }

  @Test
  void levelsArePercentagesWithoutTrailingZeros() {
    assertThat(Figures.level(0.95)).isEqualTo("95%");
    assertThat(Figures.level(0.9)).isEqualTo("90%");
    assertThat(Figures.level(0.975)).isEqualTo("97.5%");
    assertThat(Figures.level(0.999)).isEqualTo("99.9%");
  }

  @Test
  void pValuesBelowOneInAThousandAreWrittenAsABound() {
    assertThat(Figures.pValue(0.001)).isEqualTo("0.001");
    assertThat(Figures.pValue(0.000999)).isEqualTo("&lt; 0.001");
    assertThat(Figures.pValue(0.0)).isEqualTo("&lt; 0.001");
    assertThat(Figures.pValue(0.04567)).isEqualTo("0.046");
    assertThat(Figures.pValue(1.0)).isEqualTo("1.000");
  }

  @Test
  void coordinatesHaveOneDecimal() {
    assertThat(Figures.px(12.345)).isEqualTo("12.3");
    assertThat(Figures.px(-0.06)).isEqualTo("-0.1");
  }
}
