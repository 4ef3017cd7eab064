package org.recovery.nps.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recovery.nps.SurveyResponse;

class AccountHealthTest {
  private static SurveyResponse response(long line, String id, int score, long epochSecond) {
    return new SurveyResponse(
        line,
        score,
        1.0,
        Optional.of(id),
        epochSecond < 0 ? Optional.empty() : Optional.of(Instant.ofEpochSecond(epochSecond)),
        Map.of());
  }

  @Test
  void classifiesEachAccountByItsLatestResponse() {
    AccountHealthReport report =
        AccountHealth.defaults()
            .assess(
                List.of(
                    response(2, "acme", 10, 200),
                    response(3, "acme", 3, 100),
                    response(4, "globex", 8, -1),
                    response(5, "initech", 2, 50),
                    response(6, "umbrella", 9, 70),
                    response(7, "initech", 6, 50)));
    assertThat(report.accounts())
        .extracting(
            AccountHealthStatus::accountId, AccountHealthStatus::status, AccountHealthStatus::score)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("acme", HealthStatus.GREEN, 10),
            org.assertj.core.groups.Tuple.tuple("globex", HealthStatus.YELLOW, 8),
            org.assertj.core.groups.Tuple.tuple("initech", HealthStatus.RED, 6),
            org.assertj.core.groups.Tuple.tuple("umbrella", HealthStatus.GREEN, 9));
    assertThat(report.escalate())
        .extracting(AccountHealthStatus::accountId)
        .containsExactly("initech");
    assertThat(report.askForReference())
        .extracting(AccountHealthStatus::accountId)
        .containsExactly("acme", "umbrella");
    assertThat(report.accounts().get(0).responses()).isEqualTo(2);
    assertThat(report.counts()).containsEntry(HealthStatus.GREEN, 2L);
  }

  @Test
  void movesTheCutOffsWhenConfigured() {
    AccountHealth strict = AccountHealth.builder().redAtMost(7).greenAtLeast(10).build();
    assertThat(strict.classify(7)).isEqualTo(HealthStatus.RED);
    assertThat(strict.classify(9)).isEqualTo(HealthStatus.YELLOW);
    assertThat(strict.classify(10)).isEqualTo(HealthStatus.GREEN);
  }

  @Test
  void refusesCutOffsThatOverlap() {
    assertThatThrownBy(() -> AccountHealth.builder().redAtMost(9).greenAtLeast(9).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("redAtMost must be below greenAtLeast but was 9 >= 9");
  }

  @Test
  void countsResponsesWithoutAnAccount() {
    AccountHealthReport report = AccountHealth.defaults().assess(List.of(SurveyResponse.of(2, 9)));
    assertThat(report.accounts()).isEmpty();
    assertThat(report.withoutAccount()).isEqualTo(1);
  }
}
