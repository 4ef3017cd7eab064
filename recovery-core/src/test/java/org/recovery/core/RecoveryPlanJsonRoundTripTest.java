package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.recovery.core.json.RecoveryJson;

class RecoveryPlanJsonRoundTripTest {
  private final RecoveryPolicy policy = RecoveryPolicy.defaults();
  private final RecoveryJson json = RecoveryJson.defaults();

  @Test
  void everyDecidedPlanReadsBackEqualFromJson() {
    qt().withExamples(150)
        .forAll(Fixtures.complaints(), Fixtures.histories())
        .checkAssert(
            (complaint, history) -> {
              RecoveryPlan plan = policy.decide(complaint, history, Fixtures.NOW);
              assertThat(json.readPlan(json.writePlan(plan))).isEqualTo(plan);
            });
  }
}
