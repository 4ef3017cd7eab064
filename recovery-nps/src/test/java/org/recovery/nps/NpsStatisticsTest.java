package org.recovery.nps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class NpsStatisticsTest {

  private static NpsResult resultOf(int... scores) {
    NpsAccumulator acc = NpsAccumulator.create();
    for (int s : scores) {
      acc.add(s);
    }
    return acc.result();
  }

  @Test
  void matchesTheHandComputedExample() {
    NpsResult r = resultOf(0, 7, 7, 9, 9, 9);
    assertThat(r.responses()).isEqualTo(6);
    assertThat(r.promoters()).isEqualTo(3);
    assertThat(r.passives()).isEqualTo(2);
    assertThat(r.detractors()).isEqualTo(1);
    assertThat(r.nps()).isCloseTo(100.0 / 3, within(1e-12));
    assertThat(r.variance()).isCloseTo(5.0 / 9, within(1e-15));
    assertThat(r.standardError()).isCloseTo(30.43, within(0.005));
    assertThat(r.smallSample()).isTrue();
  }

  @Test
  void computesTheWaldIntervalAroundTheScore() {
    NpsResult r =
        NpsResult.of(3, 2, 1, Estimation.builder().method(IntervalMethod.WALD).level(0.95).build());
    double half = 1.959963984540054 * r.standardError();
    assertThat(r.confidenceInterval().low()).isCloseTo(100.0 / 3 - half, within(1e-9));
    assertThat(r.confidenceInterval().high())
        .isCloseTo(Math.min(100, 100.0 / 3 + half), within(1e-9));
  }

  @Test
  void computesTheAdjustedWaldIntervalWithThreeMoreResponses() {
    // 3 promoters, 1 detractor of 6: adjusted 3.75 and 1.75 of 9.
    NpsResult r = NpsResult.of(3, 2, 1);
    double pP = 3.75 / 9;
    double pD = 1.75 / 9;
    double centre = 100 * (pP - pD);
    double se = 100 * Math.sqrt((pP + pD - (pP - pD) * (pP - pD)) / 9);
    assertThat(r.confidenceInterval().method()).isEqualTo(IntervalMethod.ADJUSTED_WALD);
    assertThat(r.confidenceInterval().low())
        .isCloseTo(centre - 1.959963984540054 * se, within(1e-9));
    assertThat(r.confidenceInterval().high())
        .isCloseTo(centre + 1.959963984540054 * se, within(1e-9));
  }

  @Test
  void keepsTheIntervalInsideTheScaleWhenEveryoneIsAPromoter() {
    NpsResult r = NpsResult.of(5, 0, 0, Estimation.builder().method(IntervalMethod.WALD).build());
    assertThat(r.nps()).isEqualTo(100.0);
    assertThat(r.confidenceInterval().low()).isEqualTo(100.0);
    assertThat(r.confidenceInterval().high()).isEqualTo(100.0);
  }

  @Test
  void leavesTheScoreOfAnEmptyResultUndefined() {
    NpsResult r = NpsAccumulator.create().result();
    assertThat(r.isEmpty()).isTrue();
    assertThat(r.nps()).isNaN();
    assertThat(r.confidenceInterval().low()).isLessThanOrEqualTo(r.confidenceInterval().high());
  }

  @Test
  void flagsSmallSamplesBelowTheConfiguredMinimum() {
    assertThat(NpsResult.of(10, 10, 9).smallSample()).isTrue();
    assertThat(NpsResult.of(10, 10, 10).smallSample()).isFalse();
    assertThat(
            NpsResult.of(10, 10, 10, Estimation.builder().minimumSample(31).build()).smallSample())
        .isTrue();
  }

  @Test
  void usesKishEffectiveSampleSizeForWeights() {
    NpsAccumulator acc = NpsAccumulator.create().add(10, 2.0).add(0, 1.0).add(8, 1.0);
    NpsResult r = acc.result();
    assertThat(r.responses()).isEqualTo(3);
    assertThat(r.nps()).isCloseTo(25.0, within(1e-12));
    assertThat(r.effectiveResponses()).isCloseTo(16.0 / 6, within(1e-12));
    assertThat(r.standardError())
        .isCloseTo(100 * Math.sqrt((0.5 + 0.25 - 0.0625) / (16.0 / 6)), within(1e-9));
  }

  @Test
  void accumulatorRejectsZeroNegativeNanInfiniteAndHugeWeightsNamingTheValue() {
    NpsAccumulator acc = NpsAccumulator.create();
    for (double bad :
        new double[] {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, 1e308, 1e-300, 1e6 + 1}) {
      assertThatThrownBy(() -> acc.add(9, bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("weight must be a number from 1.0E-6 to 1000000.0 but was " + bad);
    }
    assertThat(acc.responses()).isZero();
  }

  @Test
  void extremeAcceptedWeightsGiveFiniteResults() {
    NpsResult r =
        NpsAccumulator.create()
            .add(10, NpsAccumulator.MAX_WEIGHT)
            .add(0, NpsAccumulator.MAX_WEIGHT)
            .add(8, NpsAccumulator.MIN_WEIGHT)
            .result();
    assertThat(r.nps()).isCloseTo(0.0, within(1e-9));
    assertThat(r.effectiveResponses()).isCloseTo(2.0, within(1e-9));
    assertThat(r.standardError()).isCloseTo(100 * Math.sqrt(1.0 / 2), within(1e-6));
    assertThat(r.smallSample()).isTrue();
  }

  @Test
  void comparesTwoResultsWithASignedDifference() {
    NpsResult a = NpsResult.of(30, 40, 30);
    NpsResult b = NpsResult.of(50, 30, 20);
    NpsComparison c = NpsResult.compare(a, b);
    assertThat(c.difference()).isCloseTo(-30.0, within(1e-12));
    double se = 100 * Math.sqrt(a.variance() / 100 + b.variance() / 100);
    assertThat(c.standardError()).isCloseTo(se, within(1e-12));
    assertThat(c.z()).isCloseTo(-30.0 / se, within(1e-12));
    assertThat(c.confidenceInterval().low()).isCloseTo(-30 - 1.959963984540054 * se, within(1e-9));
    assertThat(c.confidenceInterval().high()).isCloseTo(-30 + 1.959963984540054 * se, within(1e-9));
    assertThat(c.pValue())
        .isCloseTo(2 * (1 - org.recovery.nps.internal.Normal.cdf(30.0 / se)), within(1e-12));
    assertThat(NpsResult.compare(b, a).difference()).isCloseTo(30.0, within(1e-12));
  }

  @Test
  void refusesToCompareAnEmptyResult() {
    assertThatThrownBy(() -> NpsResult.compare(NpsResult.of(1, 0, 0), NpsResult.of(0, 0, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot compare: the second result has no responses");
  }

  @Test
  void rejectsOverlappingScaleGroupsNamingTheOverlap() {
    assertThatThrownBy(() -> NpsScale.of(0, 4, 5, 8, 8, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("promoters 8-10 overlaps passives 5-8 at 8");
  }

  @Test
  void rejectsScalesWithAGap() {
    assertThatThrownBy(() -> NpsScale.of(0, 6, 7, 7, 9, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "scale has a gap: 8-8 belongs to no group between passives 7-7 and promoters 9-10");
  }

  @Test
  void classifiesOnACustomScale() {
    NpsScale five = NpsScale.of(1, 3, 4, 4, 5, 5);
    NpsAccumulator acc = NpsAccumulator.create(five).add(1).add(4).add(5).add(5);
    assertThat(acc.result().nps()).isCloseTo(25.0, within(1e-12));
    assertThatThrownBy(() -> acc.add(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score must be an integer 1-5 but was 0");
  }

  @Test
  void refusesToMergeAccumulatorsOnDifferentScales() {
    assertThatThrownBy(
            () ->
                NpsAccumulator.create().merge(NpsAccumulator.create(NpsScale.of(1, 3, 4, 4, 5, 5))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot merge accumulators on different scales");
  }

  @Test
  void survivesJavaSerialization() throws Exception {
    NpsAccumulator acc = NpsAccumulator.create().add(9).add(3, 2.5);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(acc);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(acc);
    }
  }
}
