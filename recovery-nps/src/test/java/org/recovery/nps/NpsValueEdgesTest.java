package org.recovery.nps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The edges of the value types: bounds that are allowed, the first ones that are not. */
class NpsValueEdgesTest {
  private static final double Z95 = 1.9599639845400536;

  @Test
  void aResultWhoseCountsDoNotAddUpNamesBothSides() {
    assertThatThrownBy(
            () ->
                new NpsResult(
                    5,
                    1,
                    1,
                    1,
                    0.3,
                    0.3,
                    0.3,
                    0,
                    0,
                    0,
                    5,
                    Optional.of(new ConfidenceInterval(0.95, IntervalMethod.WALD, -1, 1)),
                    false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("responses must equal promoters + passives + detractors but was 5 != 3");
  }

  @Test
  void anEmptyResultIsSmallOnlyWhenAMinimumSampleIsSet() {
    Estimation none = Estimation.builder().minimumSample(0).build();
    Estimation one = Estimation.builder().minimumSample(1).build();
    assertThat(NpsResult.of(0, 0, 0, none).smallSample()).isFalse();
    assertThat(NpsResult.of(0, 0, 0, one).smallSample()).isTrue();
  }

  @Test
  void responsesWithoutWeightAreRefused() {
    assertThatThrownBy(() -> NpsResult.of(1, 0, 0, 0.0, 0.0, 0.0, 0.0, Estimation.defaults()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("weight sums must be finite and > 0 but were total 0.0, sum of squares 0.0");
  }

  @Test
  void weightedSharesAndTheAdjustedWaldIntervalMatchHandComputedValues() {
    // A promoter of weight 2, a passive and a detractor of weight 1: total 4, Σw² 6, so Kish's
    // n = 16/6 and the adjusted Wald counts are the weights scaled by n/total = 2/3.
    NpsResult r = NpsAccumulator.create().add(10, 2.0).add(7, 1.0).add(0, 1.0).result();
    assertThat(r.promoterShare()).isEqualTo(0.5);
    assertThat(r.passiveShare()).isEqualTo(0.25);
    assertThat(r.detractorShare()).isEqualTo(0.25);
    assertThat(r.effectiveResponses()).isCloseTo(16.0 / 6.0, within(1e-12));
    ConfidenceInterval ci = r.confidenceInterval().orElseThrow();
    assertThat(ci.method()).isEqualTo(IntervalMethod.ADJUSTED_WALD);
    assertThat(ci.low()).isCloseTo(-52.21364654999732, within(1e-9));
    assertThat(ci.high()).isCloseTo(75.74305831470319, within(1e-9));
  }

  @Test
  void theWaldIntervalOfAnUnweightedResultIsTheScorePlusOrMinusZStandardErrors() {
    NpsResult r = NpsResult.of(3, 1, 1, Estimation.builder().method(IntervalMethod.WALD).build());
    // pP 0.6, pD 0.2: NPS 40, variance 0.8 - 0.16 = 0.64, se 100·√(0.64/5).
    double se = 100 * Math.sqrt(0.64 / 5);
    assertThat(r.nps()).isCloseTo(40.0, within(1e-12));
    assertThat(r.standardError()).isCloseTo(se, within(1e-12));
    assertThat(r.confidenceInterval().orElseThrow().low()).isCloseTo(40 - Z95 * se, within(1e-9));
    assertThat(r.confidenceInterval().orElseThrow().high()).isCloseTo(100.0, within(1e-12));
  }

  @Test
  void anAccumulatorCountsEachGroupAndEqualsOnlyTheSameCounts() {
    NpsAccumulator acc = NpsAccumulator.create().add(10).add(9).add(8).add(0);
    assertThat(acc.responses()).isEqualTo(4);
    assertThat(acc.count(NpsCategory.PROMOTER)).isEqualTo(2);
    assertThat(acc.count(NpsCategory.PASSIVE)).isEqualTo(1);
    assertThat(acc.count(NpsCategory.DETRACTOR)).isEqualTo(1);
    assertThat(acc.toString()).isEqualTo("NpsAccumulator[detractors=1, passives=1, promoters=2]");

    NpsAccumulator same = NpsAccumulator.create().add(0).add(8).add(9).add(10);
    assertThat(acc).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(acc).isNotEqualTo(NpsAccumulator.create().add(10).add(9).add(8).add(1, 2.0));
    assertThat(acc).isNotEqualTo(NpsAccumulator.create().add(10).add(9).add(8));
    assertThat(acc).isNotEqualTo("NpsAccumulator[detractors=1, passives=1, promoters=2]");
    assertThat(NpsAccumulator.create())
        .isNotEqualTo(NpsAccumulator.create(NpsScale.of(1, 3, 4, 4, 5, 5)));
  }

  @Test
  void aScaleGroupMustRunFromLowToHigh() {
    assertThatThrownBy(() -> NpsScale.of(5, 3, 4, 8, 9, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("detractors must be a range low-high with low <= high but was 5-3");
    assertThatThrownBy(() -> NpsScale.of(0, 6, 8, 7, 9, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("passives must be a range low-high with low <= high but was 8-7");
    assertThatThrownBy(() -> NpsScale.of(0, 6, 7, 8, 10, 9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("promoters must be a range low-high with low <= high but was 10-9");
  }

  @Test
  void passivesMayNotOverlapTheDetractors() {
    assertThatThrownBy(() -> NpsScale.of(0, 6, 6, 8, 9, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("passives 6-8 overlaps detractors 0-6 at 6");
  }

  @Test
  void aScaleSaysItsGroups() {
    assertThat(NpsScale.of(1, 3, 4, 4, 5, 5).toString())
        .isEqualTo("detractors 1-3, passives 4-4, promoters 5-5");
  }

  @Test
  void identicalResultsDifferByZeroEvenWithoutVariance() {
    NpsResult allPromoters = NpsResult.of(4, 0, 0);
    NpsComparison same = NpsResult.compare(allPromoters, allPromoters);
    assertThat(same.difference()).isZero();
    assertThat(same.standardError()).isZero();
    assertThat(same.z()).isZero();
    assertThat(same.pValue()).isEqualTo(1.0);
    // p = 1 is not below 1 − 0: a zero difference is never significant, at any level.
    assertThat(same.isSignificant(0.0)).isFalse();

    NpsComparison apart = NpsResult.compare(allPromoters, NpsResult.of(0, 0, 4));
    assertThat(apart.z()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(apart.pValue()).isZero();
  }

  @Test
  void aComparisonLevelMustLieStrictlyBetweenZeroAndOne() {
    NpsResult a = NpsResult.of(3, 1, 1);
    for (double level : new double[] {0.0, 1.0}) {
      assertThatThrownBy(() -> NpsComparison.of(a, a, level))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("confidence level must be strictly between 0 and 1 but was " + level);
    }
  }

  @Test
  void aReportKeepsItsOwnCopyOfTheSegmentsItWasGiven() {
    List<SegmentResult> segments = new ArrayList<>();
    segments.add(new SegmentResult(java.util.Map.of("country", "DE"), NpsResult.of(1, 0, 0)));
    NpsReport report =
        new NpsReport(
            NpsResult.of(1, 0, 0),
            Rejections.none(),
            List.of("country"),
            segments,
            Optional.empty(),
            List.of(),
            1,
            0,
            false);
    segments.clear();
    assertThat(report.segments()).hasSize(1);
  }

  @Test
  void aConfidenceIntervalIncludesItsBounds() {
    ConfidenceInterval point = new ConfidenceInterval(0.95, IntervalMethod.WALD, 5, 5);
    assertThat(point.width()).isZero();
    ConfidenceInterval ci = new ConfidenceInterval(0.95, IntervalMethod.WALD, -10, 20);
    assertThat(ci.width()).isEqualTo(30.0);
    assertThat(ci.contains(-10)).isTrue();
    assertThat(ci.contains(20)).isTrue();
    assertThat(ci.contains(-10.000001)).isFalse();
    assertThat(ci.contains(20.000001)).isFalse();
    assertThat(ci.overlaps(new ConfidenceInterval(0.95, IntervalMethod.WALD, 20, 30))).isTrue();
    assertThat(new ConfidenceInterval(0.95, IntervalMethod.WALD, 20, 30).overlaps(ci)).isTrue();
    assertThat(ci.overlaps(new ConfidenceInterval(0.95, IntervalMethod.WALD, 20.5, 30))).isFalse();
    assertThat(new ConfidenceInterval(0.95, IntervalMethod.WALD, -30, -10.5).overlaps(ci))
        .isFalse();
    for (double level : new double[] {0.0, 1.0}) {
      assertThatThrownBy(() -> new ConfidenceInterval(level, IntervalMethod.WALD, 0, 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("confidence level must be strictly between 0 and 1 but was " + level);
    }
  }

  @Test
  void estimationSettingsAtTheirBounds() {
    assertThat(Estimation.builder().minimumSample(0).build().minimumSample()).isZero();
    for (double level : new double[] {0.0, 1.0}) {
      assertThatThrownBy(() -> Estimation.builder().level(level).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("confidence level must be strictly between 0 and 1 but was " + level);
    }
    assertThatThrownBy(() -> Estimation.builder().minimumSample(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimumSample must be >= 0 but was -1");
  }

  @Test
  void quartersStartOnTheFirstOfJanuaryAprilJulyAndOctober() {
    assertThat(PeriodUnit.QUARTER.start(LocalDate.of(2026, 1, 1))).isEqualTo("2026-01-01");
    assertThat(PeriodUnit.QUARTER.start(LocalDate.of(2026, 3, 31))).isEqualTo("2026-01-01");
    assertThat(PeriodUnit.QUARTER.start(LocalDate.of(2026, 4, 1))).isEqualTo("2026-04-01");
    assertThat(PeriodUnit.QUARTER.start(LocalDate.of(2026, 8, 15))).isEqualTo("2026-07-01");
    assertThat(PeriodUnit.QUARTER.start(LocalDate.of(2026, 12, 31))).isEqualTo("2026-10-01");
    assertThat(PeriodUnit.QUARTER.label(LocalDate.of(2026, 3, 31))).isEqualTo("2026-Q1");
    assertThat(PeriodUnit.QUARTER.label(LocalDate.of(2026, 4, 1))).isEqualTo("2026-Q2");
    assertThat(PeriodUnit.QUARTER.label(LocalDate.of(2026, 9, 30))).isEqualTo("2026-Q3");
    assertThat(PeriodUnit.QUARTER.label(LocalDate.of(2026, 12, 31))).isEqualTo("2026-Q4");
  }

  @Test
  void aResponseOrRejectionStartsOnLineOneOrLater() {
    assertThat(SurveyResponse.of(1, 9).line()).isEqualTo(1);
    // A response may carry weight 0; a negative weight is refused.
    assertThat(
            new SurveyResponse(1, 9, 0.0, Optional.empty(), Optional.empty(), java.util.Map.of())
                .weight())
        .isZero();
    assertThatThrownBy(
            () ->
                new SurveyResponse(
                    1, 9, -0.5, Optional.empty(), Optional.empty(), java.util.Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight must be finite and >= 0 but was -0.5");
    assertThatThrownBy(() -> SurveyResponse.of(0, 9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line must be >= 1 but was 0");
    Rejection first =
        new Rejection(1, Optional.empty(), "x", RejectionReason.RAGGED_ROW, Optional.empty());
    assertThat(first.line()).isEqualTo(1);
    assertThatThrownBy(
            () ->
                new Rejection(
                    0, Optional.empty(), "x", RejectionReason.RAGGED_ROW, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line must be >= 1 but was 0");
  }

  @Test
  void aRejectedValueIsCutOnlyWhenLongerThanTheLimit() {
    String limit = "a".repeat(Rejection.MAX_VALUE_LENGTH);
    assertThat(rejection(limit).value()).isEqualTo(limit);
    assertThat(rejection(limit + "b").value()).hasSize(Rejection.MAX_VALUE_LENGTH).endsWith("a…");
  }

  private static Rejection rejection(String value) {
    return new Rejection(
        3, Optional.of("score"), value, RejectionReason.NOT_A_NUMBER, Optional.empty());
  }
}
