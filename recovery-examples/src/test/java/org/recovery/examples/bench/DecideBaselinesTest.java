package org.recovery.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recovery.core.AccountStatus;
import org.recovery.core.Complaint;
import org.recovery.core.CustomerHistory;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.RecoveryPolicy;

class DecideBaselinesTest {
  private final RecoveryPolicy policy = RecoveryPolicy.defaults();
  private final EasyRulesDecider easyRules = new EasyRulesDecider();

  @Test
  void allThreeDecidersGiveEqualPlansForTheBenchmarkedComplaint() {
    Complaint c = DecideScenarios.typicalComplaint();
    CustomerHistory h = DecideScenarios.typicalHistory();

    RecoveryPlan engine = policy.decide(c, h, DecideScenarios.NOW);

    assertThat(PlainIfElseDecider.decide(c, h, DecideScenarios.NOW)).isEqualTo(engine);
    assertThat(easyRules.decide(c, h, DecideScenarios.NOW)).isEqualTo(engine);
    assertThat(engine.accountStatus()).isEqualTo(AccountStatus.YELLOW);
    assertThat(engine.reasons()).hasSizeGreaterThan(5);
  }

  @Test
  void allThreeDecidersGiveEqualPlansForEveryKindCauseSeverityMoodChannelAndHistory() {
    int compared = 0;
    for (CustomerHistory h : DecideScenarios.histories()) {
      for (Complaint c : DecideScenarios.complaints()) {
        RecoveryPlan engine = policy.decide(c, h, DecideScenarios.NOW);
        assertThat(PlainIfElseDecider.decide(c, h, DecideScenarios.NOW))
            .as("plain if/else for %s with %s", c, h.incidents().size())
            .isEqualTo(engine);
        assertThat(easyRules.decide(c, h, DecideScenarios.NOW))
            .as("Easy Rules for %s with %s", c, h.incidents().size())
            .isEqualTo(engine);
        compared++;
      }
    }
    assertThat(compared).isEqualTo(6 * 12 * 5 * 4 * 3 * 7);
  }
}
