package org.recovery.nps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.recovery.nps.io.SurveyReader;

class ComparisonSignificanceTest {

  @Test
  void aChangeOfFortyPointsOnTwoHundredResponsesIsSignificantAtTheDefaultLevel() {
    // 60/20/20 (NPS 40, variance .8 − .16 = .64) against 40/20/40 (NPS 0, variance .8):
    // SE = 100·√(.64/100 + .8/100) = 12, z = 40/12 = 3.333, p = 0.000858.
    NpsComparison change = NpsResult.compare(NpsResult.of(60, 20, 20), NpsResult.of(40, 20, 40));
    assertThat(change.standardError()).isCloseTo(12.0, within(1e-9));
    assertThat(change.z()).isCloseTo(10.0 / 3, within(1e-9));
    assertThat(change.pValue()).isCloseTo(0.000858, within(0.000001));
    assertThat(change.isSignificant()).isTrue();
  }

  @Test
  void significanceFollowsTheLevelTheComparisonWasComputedAt() {
    // 50/20/30 (NPS 20, variance .8 − .04 = .76) against 40/20/40: SE = 100·√(.0156) = 12.49,
    // z = 1.601, p = 0.109: not significant at 95%, significant at 85% (p < .15).
    Estimation at85 = Estimation.builder().level(0.85).build();
    NpsComparison at95 = NpsResult.compare(NpsResult.of(50, 20, 30), NpsResult.of(40, 20, 40));
    NpsComparison at85Change =
        NpsResult.compare(NpsResult.of(50, 20, 30, at85), NpsResult.of(40, 20, 40, at85));
    assertThat(at95.pValue()).isCloseTo(0.1094, within(0.0001));
    assertThat(at95.isSignificant()).isFalse();
    assertThat(at85Change.confidenceInterval().level()).isEqualTo(0.85);
    assertThat(at85Change.isSignificant()).isTrue();
  }

  @Test
  void theChangesInAReportAreTestedAtTheReportsLevel() {
    // Week 47: 30 promoters, 10 detractors (NPS 50); week 48: 10 promoters, 30 detractors
    // (NPS −50). Variances .75 each: SE = 100·√(2·.75/40) = 19.36, z = −5.16.
    StringBuilder csv = new StringBuilder("at,score\n");
    for (int i = 0; i < 40; i++) {
      csv.append("2026-11-16,").append(i < 30 ? 10 : 0).append('\n');
      csv.append("2026-11-23,").append(i < 10 ? 10 : 0).append('\n');
    }
    var reader =
        SurveyReader.builder()
            .scoreColumn("score")
            .timestampColumn("at")
            .period(PeriodUnit.ISO_WEEK)
            .estimation(Estimation.builder().level(0.99).build())
            .build();
    NpsComparison change =
        reader.read(new StringReader(csv.toString())).periods().get(1).changeFromPrevious().get();
    assertThat(change.difference()).isEqualTo(-100.0);
    assertThat(change.standardError()).isCloseTo(100 * Math.sqrt(0.0375), within(1e-9));
    assertThat(change.confidenceInterval().level()).isEqualTo(0.99);
    assertThat(change.isSignificant()).isTrue();
  }

  @Test
  void intervalsThatTouchOverlapAndIntervalsApartDoNot() {
    ConfidenceInterval middle = new ConfidenceInterval(0.95, IntervalMethod.WALD, 10, 20);
    assertThat(middle.overlaps(new ConfidenceInterval(0.95, IntervalMethod.WALD, 20, 30))).isTrue();
    assertThat(middle.overlaps(new ConfidenceInterval(0.95, IntervalMethod.WALD, 12, 14))).isTrue();
    assertThat(middle.overlaps(new ConfidenceInterval(0.95, IntervalMethod.WALD, 20.5, 30)))
        .isFalse();
    assertThat(middle.overlaps(new ConfidenceInterval(0.95, IntervalMethod.WALD, -5, 9.9)))
        .isFalse();
  }
}
