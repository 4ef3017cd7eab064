package org.recovery.nps.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class NormalTest {

  @Test
  void erfcMatchesPublishedValues() {
    assertThat(Normal.erfc(0)).isEqualTo(1.0);
    assertThat(Normal.erfc(0.5)).isCloseTo(0.4795001221869534, within(1e-15));
    assertThat(Normal.erfc(1)).isCloseTo(0.15729920705028513, within(1e-15));
    assertThat(Normal.erfc(2)).isCloseTo(0.004677734981047266, Percentage.withPercentage(1e-11));
    assertThat(Normal.erfc(3)).isCloseTo(2.209049699858544e-05, Percentage.withPercentage(1e-11));
    assertThat(Normal.erfc(5)).isCloseTo(1.5374597944280349e-12, Percentage.withPercentage(1e-10));
    assertThat(Normal.erfc(-1)).isCloseTo(1.8427007929497148, within(1e-15));
  }

  @Test
  void cdfMatchesPublishedValues() {
    assertThat(Normal.cdf(1.96)).isCloseTo(0.9750021048517795, within(1e-15));
    assertThat(Normal.cdf(-1.96)).isCloseTo(0.024997895148220435, within(1e-15));
    assertThat(Normal.cdf(0)).isEqualTo(0.5);
    assertThat(Normal.twoSidedPValue(1.959963984540054)).isCloseTo(0.05, within(1e-14));
  }

  @Test
  void quantileMatchesPublishedValues() {
    assertThat(Normal.quantile(0.975)).isCloseTo(1.959963984540054, within(1e-13));
    assertThat(Normal.quantile(0.995)).isCloseTo(2.5758293035489004, within(1e-13));
    assertThat(Normal.quantile(0.95)).isCloseTo(1.6448536269514722, within(1e-13));
    assertThat(Normal.quantile(0.9)).isCloseTo(1.2815515655446004, within(1e-13));
    assertThat(Normal.quantile(0.5)).isCloseTo(0.0, within(1e-15));
    assertThat(Normal.quantile(1e-10)).isCloseTo(-6.361340902404056, within(1e-9));
    assertThat(Normal.quantile(0.025)).isCloseTo(-1.959963984540054, within(1e-13));
  }

  @Test
  void quantileInvertsTheCdf() {
    qt().withExamples(300)
        .forAll(doubles().between(1e-9, 1 - 1e-9))
        .check(p -> Math.abs(Normal.cdf(Normal.quantile(p)) - p) <= 1e-14 * Math.max(1, p / 1e-3));
  }

  @Test
  void quantileRejectsProbabilitiesOutsideTheOpenUnitInterval() {
    assertThatThrownBy(() -> Normal.quantile(1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p must be strictly between 0 and 1 but was 1.0");
    assertThatThrownBy(() -> Normal.quantile(0.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p must be strictly between 0 and 1 but was 0.0");
    assertThatThrownBy(() -> Normal.quantile(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p must be strictly between 0 and 1 but was NaN");
  }

  @Test
  void erfcOfNanIsNanAndOfFarTailsIsExact() {
    assertThat(Normal.erfc(Double.NaN)).isNaN();
    assertThat(Normal.erfc(30)).isZero();
    assertThat(Normal.erfc(-30)).isEqualTo(2.0);
    assertThat(Normal.twoSidedPValue(0)).isEqualTo(1.0);
    assertThat(Normal.twoSidedPValue(Double.POSITIVE_INFINITY)).isZero();
  }

  @Test
  void quantileIsAccurateInBothTailsAndAtTheirEdges() {
    // Reference values from Wichura's AS 241 (Python's statistics.NormalDist.inv_cdf).
    assertThat(Normal.quantile(0.02425)).isCloseTo(-1.9729610513118845, within(1e-12));
    assertThat(Normal.quantile(1 - 0.02425)).isCloseTo(1.9729610513118847, within(1e-12));
    assertThat(Normal.quantile(0.001)).isCloseTo(-3.090232306167813, within(1e-12));
    assertThat(Normal.quantile(0.999)).isCloseTo(3.090232306167813, within(1e-12));
  }
}
