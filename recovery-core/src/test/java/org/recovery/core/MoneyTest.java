package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.recovery.core.action.Refund;

class MoneyTest {

  private static final Currency USD = Currency.getInstance("USD");

  /** Three amounts in one (random) currency. */
  private static Gen<List<Money>> triples() {
    return in -> {
      Currency c = DomainGenerators.currencies().generate(in);
      Gen<Money> m = DomainGenerators.money(c);
      return List.of(m.generate(in), m.generate(in), m.generate(in));
    };
  }

  @Test
  void additionIsAssociative() {
    qt().forAll(triples())
        .checkAssert(
            t ->
                assertThat(t.get(0).plus(t.get(1)).plus(t.get(2)))
                    .isEqualTo(t.get(0).plus(t.get(1).plus(t.get(2)))));
  }

  @Test
  void additionIsCommutative() {
    qt().forAll(triples())
        .checkAssert(t -> assertThat(t.get(0).plus(t.get(1))).isEqualTo(t.get(1).plus(t.get(0))));
  }

  @Test
  void zeroIsTheIdentityAndMinusUndoesPlus() {
    qt().forAll(triples())
        .checkAssert(
            t -> {
              Money a = t.get(0);
              Money b = t.get(1);
              assertThat(a.plus(Money.zero(a.currency()))).isEqualTo(a);
              assertThat(a.plus(b).minus(b)).isEqualTo(a);
            });
  }

  @Test
  void everyResultKeepsTheCurrencyScale() {
    qt().forAll(triples(), integers().between(-1000, 1000))
        .checkAssert(
            (t, factor) -> {
              int scale = t.get(0).currency().getDefaultFractionDigits();
              assertThat(t.get(0).amount().scale()).isEqualTo(scale);
              assertThat(t.get(0).plus(t.get(1)).amount().scale()).isEqualTo(scale);
              assertThat(t.get(0).minus(t.get(1)).amount().scale()).isEqualTo(scale);
              assertThat(t.get(0).times(factor).amount().scale()).isEqualTo(scale);
            });
  }

  @Test
  void timesIsRepeatedAddition() {
    qt().forAll(triples(), integers().between(0, 20))
        .checkAssert(
            (t, n) -> {
              Money sum = Money.zero(t.get(0).currency());
              for (int i = 0; i < n; i++) {
                sum = sum.plus(t.get(0));
              }
              assertThat(t.get(0).times(n)).isEqualTo(sum);
            });
  }

  @Test
  void fewerDecimalsArePaddedToTheCurrencyScale() {
    assertThat(Money.of("12.5", "USD").amount()).isEqualTo(new BigDecimal("12.50"));
    assertThat(Money.of("1200", "JPY").toString()).isEqualTo("1200 JPY");
    assertThat(Money.of("1.5", "BHD").toString()).isEqualTo("1.500 BHD");
    assertThat(Money.of("12.50", "USD")).isEqualTo(Money.of("12.5", "USD"));
  }

  @Test
  void moreDecimalsThanTheCurrencyAllowsAreRefusedNotRounded() {
    assertThatThrownBy(() -> Money.of("12.345", "USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount 12.345 USD has more than 2 decimal places; amounts are never rounded");
    assertThatThrownBy(() -> Money.of("1.5", "JPY"))
        .hasMessage("amount 1.5 JPY has more than 0 decimal places; amounts are never rounded");
  }

  @Test
  void trailingZerosBeyondTheScaleAreNotExtraDecimals() {
    assertThat(Money.of("12.3400", "USD")).isEqualTo(Money.of("12.34", "USD"));
  }

  @Test
  void mixedCurrenciesAreRefused() {
    Money usd = Money.of("3.00", "USD");
    Money eur = Money.of("5.00", "EUR");

    assertThatThrownBy(() -> usd.plus(eur))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot add 5.00 EUR to 3.00 USD");
    assertThatThrownBy(() -> usd.minus(eur)).hasMessage("cannot subtract 5.00 EUR from 3.00 USD");
    assertThatThrownBy(() -> usd.compareTo(eur))
        .hasMessage("cannot compare 5.00 EUR with 3.00 USD");
    assertThatThrownBy(() -> usd.isGreaterThan(eur))
        .hasMessage("cannot compare 5.00 EUR with 3.00 USD");
  }

  @Test
  void mixedCurrenciesAreRefusedForAnyAmounts() {
    qt().forAll(DomainGenerators.money(USD), DomainGenerators.money(Currency.getInstance("EUR")))
        .checkAssert(
            (usd, eur) ->
                assertThatThrownBy(() -> usd.plus(eur))
                    .hasMessage("cannot add " + eur + " to " + usd));
  }

  @Test
  void amountsWithTooManyIntegerDigitsAreRefusedInPlainNotation() {
    assertThat(Money.of("999999999999999.99", "USD").toString())
        .isEqualTo("999999999999999.99 USD");
    assertThatThrownBy(() -> Money.of("1000000000000000", "USD"))
        .hasMessage("amount 1000000000000000 USD has more than 15 digits before the decimal point");
  }

  @Test
  void unknownCurrenciesAndNonDecimalsAreRefused() {
    assertThatThrownBy(() -> Money.of("1.00", "usd"))
        .hasMessage("currency must be an ISO 4217 code like \"USD\" but was \"usd\"");
    assertThatThrownBy(() -> Money.of("1,00", "EUR"))
        .hasMessage("amount must be a decimal like \"24.99\" but was \"1,00\"");
    assertThatThrownBy(() -> Money.of("1", "XAU"))
        .hasMessage("currency XAU has no minor unit and cannot hold money");
  }

  @Test
  void requireNonNegativeNamesTheField() {
    assertThatThrownBy(() -> Money.of("-5.00", "USD").requireNonNegative("maxRefund"))
        .hasMessage("maxRefund must be >= 0.00 USD but was -5.00 USD");
    assertThat(Money.zero(USD).requireNonNegative("maxRefund")).isEqualTo(Money.zero(USD));
  }

  @Test
  void comparesWithinACurrency() {
    Money small = Money.of("1.00", "USD");
    Money big = Money.of("2.00", "USD");

    assertThat(big.isGreaterThan(small)).isTrue();
    assertThat(small.isGreaterThan(big)).isFalse();
    assertThat(small.min(big)).isEqualTo(small);
    assertThat(small.max(big)).isEqualTo(big);
    assertThat(Money.of("-0.01", "USD").isNegative()).isTrue();
    assertThat(Money.zero(USD).isZero()).isTrue();
  }

  @Test
  void priceOrRefundIsNeverNegative() {
    qt().forAll(DomainGenerators.money())
        .checkAssert(
            m -> {
              if (m.isNegative()) {
                assertThatThrownBy(() -> new OrderLine("s", "n", java.util.Optional.empty(), 1, m))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                        "unitPrice must be >= " + Money.zero(m.currency()) + " but was " + m);
                assertThatThrownBy(() -> new Refund(m, List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                        "refund.amount must be >= " + Money.zero(m.currency()) + " but was " + m);
              } else {
                assertThat(new OrderLine("s", "n", java.util.Optional.empty(), 1, m).unitPrice())
                    .isEqualTo(m);
                assertThat(new Refund(m, List.of()).amount()).isEqualTo(m);
              }
            });
  }
}
