package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class RecoveryPolicyBuilderTest {

  @Test
  void defaultsEmbodyTheDesign() {
    RecoveryPolicy p = RecoveryPolicy.defaults();

    assertThat(p.settings().repeats().window()).isEqualTo(Duration.ofDays(180));
    assertThat(p.settings().repeats().formalAfter()).isEqualTo(2);
    assertThat(p.settings().repeats().escalateAfter()).isEqualTo(3);
    assertThat(p.settings().refunds().autoApproveLimit(Currency.getInstance("EUR")))
        .contains(Money.of("200.00", "EUR"));
    assertThat(p.settings().refunds().autoApproveLimit(Currency.getInstance("GBP")))
        .contains(Money.of("200.00", "GBP"));
    assertThat(p.settings().refunds().autoApproveLimit(Currency.getInstance("JPY"))).isEmpty();
    assertThat(p.settings().remedy(IssueKind.DAMAGED)).isEqualTo(Remedy.REPLACE);
    assertThat(p.settings().remedy(IssueKind.POOR_QUALITY)).isEqualTo(Remedy.REFUND);
  }

  @Test
  void toBuilderRoundTripsEverySetting() {
    RecoveryPolicy custom =
        RecoveryPolicy.builder()
            .remedy(IssueKind.OTHER, Remedy.REFUND)
            .repeatWindow(Duration.ofDays(90))
            .autoApproveLimit(Money.of("5000", "JPY"))
            .respondWithin(Channel.CHAT, Severity.MINOR, Mood.CALM, Duration.ofMinutes(5))
            .repeatDecay(0.5)
            .build();

    assertThat(custom.toBuilder().build())
        .isEqualTo(custom)
        .isNotEqualTo(RecoveryPolicy.defaults());
    assertThat(RecoveryPolicy.defaults().toBuilder().build()).isEqualTo(RecoveryPolicy.defaults());
  }

  @Test
  void negativeAutoApproveLimitIsRefusedWithTheValue() {
    assertThatThrownBy(() -> RecoveryPolicy.builder().autoApproveLimit(Money.of("-5", "USD")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("autoApproveLimit must be >= 0.00 USD but was -5.00 USD");
  }

  @Test
  void escalatingBeforeApologisingFormallyIsRefusedAtBuild() {
    var builder = RecoveryPolicy.builder().formalAfter(3).escalateAfter(2);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("escalateAfter must be >= formalAfter (3) but was 2");
  }

  @Test
  void creditsThatShrinkWithRepeatsAreRefusedAtBuild() {
    var builder = RecoveryPolicy.builder().repeatCreditPercent(20).escalatedCreditPercent(10);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("escalatedCreditPercent must be >= repeatCreditPercent (20) but was 10");
  }

  @Test
  void recentLongerThanTheWindowIsRefusedAtBuild() {
    var builder = RecoveryPolicy.builder().repeatWindow(Duration.ofDays(20));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("recentWithin must be <= repeatWindow (PT480H) but was PT720H");
  }

  @Test
  void nonPositiveDurationsAreRefusedWithTheirName() {
    assertThatThrownBy(() -> RecoveryPolicy.builder().repeatWindow(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("repeatWindow must be positive but was PT0S");
    assertThatThrownBy(
            () ->
                RecoveryPolicy.builder()
                    .respondWithin(
                        Channel.EMAIL, Severity.MINOR, Mood.CALM, Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("respondWithin[EMAIL][MINOR][CALM] must be positive but was PT-1M");
  }

  @Test
  void outOfRangeNumbersAreRefusedWithTheirName() {
    assertThatThrownBy(() -> RecoveryPolicy.builder().formalAfter(0))
        .hasMessage("formalAfter must be >= 1 but was 0");
    assertThatThrownBy(() -> RecoveryPolicy.builder().repeatCreditPercent(101))
        .hasMessage("repeatCreditPercent must be between 1 and 100 but was 101");
    assertThatThrownBy(() -> RecoveryPolicy.builder().repeatDecay(1.5))
        .hasMessage("repeatDecay must be between 0 and 1 but was 1.5");
    assertThatThrownBy(() -> RecoveryPolicy.builder().approver(" "))
        .hasMessage("approver must not be blank but was \" \"");
  }
}
