package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Money validates without stripping zeros unless an amount carries more decimals than allowed. */
class MoneyNormalisationTest {
  private static final Currency USD = Currency.getInstance("USD");

  @Test
  void zeroWithANegativeScaleIsZero() {
    assertThat(Money.of(new BigDecimal("0E+20"), USD)).isEqualTo(Money.of("0", "USD"));
  }

  @Test
  void trailingZerosBeyondTheScaleAreAccepted() {
    assertThat(Money.of(new BigDecimal("1.000"), USD).amount()).isEqualByComparingTo("1.00");
    assertThat(Money.of(new BigDecimal("999999999999999.000"), USD).amount().scale()).isEqualTo(2);
  }

  @Test
  void integerDigitsAreCountedWhateverTheScale() {
    assertThatThrownBy(() -> Money.of(new BigDecimal("1E+15"), USD))
        .hasMessage("amount 1000000000000000 USD has more than 15 digits before the decimal point");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1000000000000000.00"), USD))
        .hasMessage(
            "amount 1000000000000000.00 USD has more than 15 digits before the decimal point");
  }
}
