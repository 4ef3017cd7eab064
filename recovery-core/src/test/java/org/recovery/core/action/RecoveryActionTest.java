package org.recovery.core.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.recovery.core.DomainGenerators;
import org.recovery.core.Money;

class RecoveryActionTest {

  private static final Instant T = Instant.parse("2026-11-21T10:15:00Z");
  private static final Money USD_10 = Money.of("10.00", "USD");

  @Test
  void everyActionNamesItsOwnType() {
    qt().withExamples(300)
        .forAll(DomainGenerators.actions())
        .checkAssert(
            a -> {
              String snake =
                  a.getClass()
                      .getSimpleName()
                      .replaceAll("([a-z])([A-Z])", "$1_$2")
                      .toUpperCase(Locale.ROOT);
              assertThat(a.type()).isEqualTo(ActionType.valueOf(snake));
            });
  }

  @Test
  void everyActionTypeHasAnAction() {
    assertThat(RecoveryAction.class.getPermittedSubclasses()).hasSize(ActionType.values().length);
  }

  @Test
  void refundNeverWaitsForAReturn() {
    Refund r = new Refund(USD_10, List.of("GP-100"));

    assertThat(r.returnRequired()).isFalse();
    assertThatThrownBy(() -> new Refund(Money.of("-1.00", "USD"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("refund.amount must be >= 0.00 USD but was -1.00 USD");
  }

  @Test
  void returnRequestIsAlwaysOptionalAndForInvestigation() {
    ReturnRequest r = new ReturnRequest("GP-100", Optional.empty(), true, true);

    assertThat(r.optional()).isTrue();
    assertThat(r.purpose()).isEqualTo(ReturnRequest.Purpose.INVESTIGATION);
    assertThatThrownBy(() -> new ReturnRequest("GP-100", Optional.of(" "), true, true))
        .hasMessage("lot must not be blank but was \" \"");
  }

  @Test
  void shipmentsNeedAtLeastOneUnit() {
    assertThatThrownBy(() -> new Replacement("GP", 0, T))
        .hasMessage("quantity must be >= 1 but was 0");
    assertThatThrownBy(() -> new Exchange("GP", -1, T))
        .hasMessage("quantity must be >= 1 but was -1");
    assertThatThrownBy(() -> new Reship("GP", 0, T, true))
        .hasMessage("quantity must be >= 1 but was 0");
    assertThatThrownBy(() -> new Replacement("", 1, T))
        .hasMessage("sku must not be blank but was \"\"");
  }

  @Test
  void creditHasExactlyOneOfAmountAndPercent() {
    assertThatThrownBy(() -> new Credit(Optional.of(USD_10), OptionalInt.of(10), T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("credit must have exactly one of amount and percent but had both");
    assertThatThrownBy(() -> new Credit(Optional.empty(), OptionalInt.empty(), T))
        .hasMessage("credit must have exactly one of amount and percent but had neither");
  }

  @Test
  void creditIsPositiveAndPercentInRange() {
    assertThatThrownBy(() -> Credit.ofAmount(Money.of("0", "USD"), T))
        .hasMessage("credit.amount must be > 0 but was 0.00 USD");
    assertThatThrownBy(() -> Credit.ofPercent(0, T))
        .hasMessage("credit.percent must be between 1 and 100 but was 0");
    assertThatThrownBy(() -> Credit.ofPercent(101, T))
        .hasMessage("credit.percent must be between 1 and 100 but was 101");
    assertThat(Credit.ofPercent(100, T).percent()).isEqualTo(OptionalInt.of(100));
    assertThat(Credit.ofAmount(USD_10, T).amount()).contains(USD_10);
  }

  @Test
  void peopleAndEvidenceMustBeNamed() {
    assertThatThrownBy(() -> new Escalation(" ", Escalation.Why.SEVERE_HARM, T))
        .hasMessage("owner must not be blank but was \" \"");
    assertThatThrownBy(() -> new Approval(USD_10, "", T))
        .hasMessage("approver must not be blank but was \"\"");
    assertThatThrownBy(() -> new Approval(Money.of("-1.00", "USD"), "Finance", T))
        .hasMessage("approval.amount must be >= 0.00 USD but was -1.00 USD");
    assertThatThrownBy(() -> new StopSaleReview("GP", " "))
        .hasMessage("evidence must not be blank but was \" \"");
  }

  @Test
  void optionalSkusAndLotsMustNotBeBlankWhenPresent() {
    assertThatThrownBy(() -> new Guidance(Optional.of(""), Guidance.Fallback.REFUND))
        .hasMessage("sku must not be blank but was \"\"");
    assertThatThrownBy(() -> new Investigation("GP", Optional.of("")))
        .hasMessage("lot must not be blank but was \"\"");
    assertThatThrownBy(() -> new ProcessFix(ProcessFix.Area.PACKAGING, Optional.of(" ")))
        .hasMessage("sku must not be blank but was \" \"");
  }

  @Test
  void requiredPartsAreNamedWhenNull() {
    assertThatThrownBy(() -> new FollowUp(null, FollowUp.Why.CONFIRM_ARRIVAL))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("at");
    assertThatThrownBy(() -> new AccountFix(null)).hasMessage("change");
  }
}
