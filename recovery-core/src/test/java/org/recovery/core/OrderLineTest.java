package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderLineTest {

  private static final Money PRICE = Money.of("24.99", "USD");

  @Test
  void validatesEveryField() {
    assertThatThrownBy(() -> OrderLine.of("", "Press", "L1", 1, PRICE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sku must not be blank but was \"\"");
    assertThatThrownBy(() -> OrderLine.of("GP", " ", "L1", 1, PRICE))
        .hasMessage("name must not be blank but was \" \"");
    assertThatThrownBy(() -> OrderLine.of("GP", "Press", "", 1, PRICE))
        .hasMessage("lot must not be blank but was \"\"");
    assertThatThrownBy(() -> OrderLine.of("GP", "Press", "L1", 0, PRICE))
        .hasMessage("quantity must be >= 1 but was 0");
    assertThatThrownBy(() -> OrderLine.of("GP", "Press", "L1", 1, Money.of("-3.00", "USD")))
        .hasMessage("unitPrice must be >= 0.00 USD but was -3.00 USD");
    assertThatThrownBy(() -> OrderLine.of("GP", "Press", "L1", 1, PRICE).withLocalName(""))
        .hasMessage("localName must not be blank but was \"\"");
  }

  @Test
  void theLocalNameIsOptionalAndKeepsEveryOtherField() {
    OrderLine line = OrderLine.of("CK-3", "Cast-iron casserole", "L1", 2, PRICE);

    assertThat(line.localName()).isEmpty();
    assertThat(line.withLocalName("cocotte en fonte"))
        .isEqualTo(
            new OrderLine(
                "CK-3",
                "Cast-iron casserole",
                Optional.of("L1"),
                2,
                PRICE,
                Optional.of("cocotte en fonte")));
  }

  @Test
  void theLocalGenderNeedsALocalNameAndSurvivesRenaming() {
    OrderLine line = OrderLine.of("CK-3", "Cast-iron casserole", "L1", 2, PRICE);

    assertThatThrownBy(() -> line.withLocalGender(GrammaticalGender.FEMININE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("localGender needs a localName but was FEMININE without one");
    OrderLine named = line.withLocalName("cocotte").withLocalGender(GrammaticalGender.FEMININE);
    assertThat(named.localGender()).contains(GrammaticalGender.FEMININE);
    assertThat(named.withLocalName("cocotte en fonte").localGender())
        .contains(GrammaticalGender.FEMININE);
    assertThat(line.withLocalName("cocotte").localGender()).isEmpty();
  }

  @Test
  void aFreeItemIsAllowed() {
    assertThat(new OrderLine("GP", "Press", Optional.empty(), 1, Money.of("0", "USD")).total())
        .isEqualTo(Money.of("0.00", "USD"));
  }

  @Test
  void totalIsUnitPriceTimesQuantityExactly() {
    qt().forAll(DomainGenerators.nonNegativeMoney(), integers().between(1, 1000))
        .checkAssert(
            (price, quantity) -> {
              Money total = new OrderLine("s", "n", Optional.empty(), quantity, price).total();
              assertThat(total.amount())
                  .isEqualByComparingTo(
                      price.amount().multiply(java.math.BigDecimal.valueOf(quantity)));
              assertThat(total.currency()).isEqualTo(price.currency());
            });
  }
}
