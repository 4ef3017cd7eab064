package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/**
 * Every settings group refuses each out-of-range value by its name, whichever field it is in, and
 * money and policies compare and describe themselves exactly at their boundaries.
 */
class SettingBoundariesTest {
  private static final PolicySettings.Goodwill GOODWILL = PolicySettings.Goodwill.DEFAULTS;
  private static final PolicySettings.Credits CREDITS = PolicySettings.Credits.DEFAULTS;
  private static final PolicySettings.Abuse ABUSE = PolicySettings.Abuse.DEFAULTS;
  private static final PolicySettings.Repeats REPEATS = PolicySettings.Repeats.DEFAULTS;

  @Test
  void everyGoodwillFactorIsAFraction() {
    assertThatThrownBy(() -> new PolicySettings.Goodwill(1.01, 0.5, 0.5, 0.5))
        .hasMessage("firstFailureGoodwill must be between 0 and 1 but was 1.01");
    assertThatThrownBy(() -> new PolicySettings.Goodwill(0.5, 0.5, -0.1, 0.5))
        .hasMessage("sameKindDecay must be between 0 and 1 but was -0.1");
    assertThatThrownBy(() -> new PolicySettings.Goodwill(0.5, 0.5, 0.5, Double.NaN))
        .hasMessage("recentDecay must be between 0 and 1 but was NaN");
    assertThatCode(() -> new PolicySettings.Goodwill(0.0, 1.0, 0.0, 1.0))
        .doesNotThrowAnyException();
  }

  @Test
  void everyCreditIsAPercentFromItsOwnMinimum() {
    Duration valid = CREDITS.validFor();
    assertThatThrownBy(() -> new PolicySettings.Credits(101, 15, 25, valid))
        .hasMessage("seriousFirstCreditPercent must be between 0 and 100 but was 101");
    assertThatThrownBy(() -> new PolicySettings.Credits(0, 0, 25, valid))
        .hasMessage("repeatCreditPercent must be between 1 and 100 but was 0");
    assertThatThrownBy(() -> new PolicySettings.Credits(0, 15, 0, valid))
        .hasMessage("escalatedCreditPercent must be between 1 and 100 but was 0");
  }

  @Test
  void countsOfRefundsAndRepeatsHaveTheirFloors() {
    assertThatThrownBy(
            () ->
                new PolicySettings.Abuse(
                    -1, ABUSE.refundTotals(), ABUSE.reviewer(), ABUSE.reviewWithin()))
        .hasMessageStartingWith("abuseRefundCount must be")
        .hasMessageContaining("-1");
    assertThatCode(
            () ->
                new PolicySettings.Abuse(
                    0, ABUSE.refundTotals(), ABUSE.reviewer(), ABUSE.reviewWithin()))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                new PolicySettings.Repeats(
                    REPEATS.window(),
                    REPEATS.recentWithin(),
                    0,
                    REPEATS.escalateAfter(),
                    REPEATS.accountOwner(),
                    REPEATS.escalationWithin()))
        .hasMessageStartingWith("formalAfter must be")
        .hasMessageContaining("0");
  }

  @Test
  void theDefaultAbuseTotalsAreSixHundredInEachMainCurrency() {
    assertThat(ABUSE.refundTotals())
        .containsOnlyKeys(
            Currency.getInstance("USD"), Currency.getInstance("EUR"), Currency.getInstance("GBP"))
        .containsEntry(Currency.getInstance("EUR"), Money.of("600.00", "EUR"));
  }

  @Test
  void anAmountIsNotGreaterThanItself() {
    Money five = Money.of("5.00", "USD");
    assertThat(five.isGreaterThan(Money.of("5.00", "USD"))).isFalse();
    assertThat(five.isGreaterThan(Money.of("4.99", "USD"))).isTrue();
  }

  @Test
  void anAmountMayHaveExactlyTheMostDigitsBeforeThePoint() {
    String most = "9".repeat(Money.MAX_INTEGER_DIGITS);
    assertThat(Money.of(most + ".00", "USD").amount().precision() - 2)
        .isEqualTo(Money.MAX_INTEGER_DIGITS);
    assertThatThrownBy(() -> Money.of("1" + most + ".00", "USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than " + Money.MAX_INTEGER_DIGITS + " digits");
  }

  @Test
  void aPolicyHashesAndDescribesItsSettings() {
    RecoveryPolicy policy = RecoveryPolicy.defaults();
    assertThat(policy.hashCode()).isEqualTo(policy.settings().hashCode());
    assertThat(policy.settings().respondBy().table().hashCode())
        .isNotEqualTo(0)
        .isEqualTo(PolicySettings.defaults().respondBy().table().hashCode());
    assertThat(policy.toString())
        .startsWith("RecoveryPolicy[repeatWindow=" + REPEATS.window() + ", formalAfter=")
        .contains(", autoApproveLimits={EUR=")
        .contains(", USD=");
  }
}
