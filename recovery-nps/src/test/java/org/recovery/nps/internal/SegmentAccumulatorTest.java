package org.recovery.nps.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.recovery.nps.Estimation;
import org.recovery.nps.NpsAccumulator;
import org.recovery.nps.NpsResult;
import org.recovery.nps.NpsScale;

class SegmentAccumulatorTest {

  @Test
  void theFirstWeightOtherThanOneIsCountedOnce() {
    // given a segment's responses of weight 1, then weighted ones
    var segments = SegmentAccumulator.create(NpsScale.defaults());
    var expected = NpsAccumulator.create();
    int[] scores = {10, 3, 9, 0, 7, 10};
    double[] weights = {1.0, 1.0, 2.5, 0.5, 1.0, 4.0};

    // when
    for (int i = 0; i < scores.length; i++) {
      segments.add(new String[] {"DE"}, scores[i], weights[i]);
      expected.add(scores[i], weights[i]);
    }

    // then
    NpsResult got = segments.result(0, Estimation.defaults());
    NpsResult want = expected.result();
    assertThat(got.responses()).isEqualTo(want.responses());
    assertThat(got.nps()).isCloseTo(want.nps(), within(1e-12));
    assertThat(got.standardError()).isCloseTo(want.standardError(), within(1e-12));
  }
}
