package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.core.Fixtures.NOW;
import static org.recovery.core.Fixtures.complaint;
import static org.recovery.core.Fixtures.line;
import static org.recovery.core.Fixtures.noHistory;
import static org.recovery.core.Fixtures.refunded;
import static org.recovery.core.Fixtures.usd;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recovery.core.action.Approval;
import org.recovery.core.action.Escalation;
import org.recovery.core.action.Refund;

class RecoveryPolicyTrustTest {
  private final RecoveryPolicy policy = RecoveryPolicy.defaults();

  private static Complaint poorQuality(OrderLine... lines) {
    return complaint(IssueKind.POOR_QUALITY).lines(List.of(lines)).build();
  }

  @Test
  void refundUpToTheLimitNeedsNoApproval() {
    RecoveryPlan plan = policy.decide(poorQuality(line("COAT", 1, "200.00")), noHistory(), NOW);

    assertThat(plan.actionsOf(Refund.class))
        .containsExactly(new Refund(usd("200.00"), List.of("COAT")));
    assertThat(plan.actionsOf(Approval.class)).isEmpty();
  }

  @Test
  void refundAboveTheLimitStillStandsAndAPersonApprovesTheExcess() {
    RecoveryPlan plan = policy.decide(poorQuality(line("COAT", 2, "150.00")), noHistory(), NOW);

    assertThat(plan.actionsOf(Refund.class))
        .containsExactly(new Refund(usd("300.00"), List.of("COAT")));
    assertThat(plan.actionsOf(Approval.class))
        .containsExactly(
            new Approval(usd("100.00"), "refund-approvals", NOW.plus(Duration.ofHours(24))));
    assertThat(plan.grantedOnTrust()).contains(usd("300.00"));
    assertThat(plan.reasons()).extracting(Reason::rule).contains("trust.approval-above-limit");
  }

  @Test
  void currencyWithoutALimitHasEveryRefundApprovedAfterTheFact() {
    var yen =
        complaint(IssueKind.POOR_QUALITY)
            .lines(List.of(OrderLine.of("CUP", "Cup", "L1", 1, Money.of("1200", "JPY"))))
            .build();

    RecoveryPlan plan = policy.decide(yen, noHistory(), NOW);

    assertThat(plan.actionsOf(Refund.class))
        .extracting(Refund::amount)
        .containsExactly(Money.of("1200", "JPY"));
    assertThat(plan.actionsOf(Approval.class))
        .extracting(Approval::amount)
        .containsExactly(Money.of("1200", "JPY"));
  }

  @Test
  void hostSetsALimitForAnotherCurrency() {
    RecoveryPolicy withYen =
        RecoveryPolicy.builder().autoApproveLimit(Money.of("30000", "JPY")).build();
    var yen =
        complaint(IssueKind.POOR_QUALITY)
            .lines(List.of(OrderLine.of("CUP", "Cup", "L1", 1, Money.of("1200", "JPY"))))
            .build();

    RecoveryPlan plan = withYen.decide(yen, noHistory(), NOW);

    assertThat(plan.actionsOf(Approval.class)).isEmpty();
    assertThat(withYen.settings().refunds().autoApproveLimit(java.util.Currency.getInstance("JPY")))
        .contains(Money.of("30000", "JPY"));
  }

  @Test
  void manyRefundsEscalateToAPersonAndDenyNothing() {
    var history =
        Fixtures.history(
            refunded("r1", Duration.ofDays(10), "5.00"),
            refunded("r2", Duration.ofDays(20), "5.00"),
            refunded("r3", Duration.ofDays(30), "5.00"),
            refunded("r4", Duration.ofDays(40), "5.00"));

    RecoveryPlan plan = policy.decide(poorQuality(line("MUG-1", 2, "19.00")), history, NOW);

    assertThat(plan.actionsOf(Refund.class))
        .containsExactly(new Refund(usd("38.00"), List.of("MUG-1")));
    assertThat(plan.actionsOf(Escalation.class))
        .containsExactly(
            new Escalation(
                "trust-and-safety", Escalation.Why.ABUSE_SIGNAL, NOW.plus(Duration.ofHours(48))));
    assertThat(plan.reasons()).extracting(Reason::rule).contains("trust.abuse.refund-count");
  }

  @Test
  void largeRefundedTotalEscalatesToAPersonAndDeniesNothing() {
    var history = Fixtures.history(refunded("r1", Duration.ofDays(10), "650.00"));

    RecoveryPlan plan = policy.decide(poorQuality(line("MUG-1", 2, "19.00")), history, NOW);

    assertThat(plan.grantedOnTrust()).contains(usd("38.00"));
    assertThat(plan.actionsOf(Escalation.class))
        .extracting(Escalation::why)
        .containsExactly(Escalation.Why.ABUSE_SIGNAL);
    assertThat(plan.reasons())
        .contains(
            new Reason(
                "trust.abuse.refund-total",
                "Refunds in 180 days total more than 600.00 USD: trust-and-safety takes a look;"
                    + " nothing is denied."));
  }

  @Test
  void fewRefundsRaiseNoAbuseSignal() {
    var history =
        Fixtures.history(
            refunded("r1", Duration.ofDays(10), "5.00"),
            refunded("r2", Duration.ofDays(20), "5.00"),
            refunded("r3", Duration.ofDays(30), "5.00"),
            refunded("r4", Duration.ofDays(400), "5.00"));

    RecoveryPlan plan = policy.decide(poorQuality(line("MUG-1", 2, "19.00")), history, NOW);

    assertThat(plan.actionsOf(Escalation.class)).isEmpty();
  }

  @Test
  void historyOfAnotherCustomerIsRefusedWithBothIds() {
    var other = CustomerHistory.empty("c-2");

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> policy.decide(poorQuality(line("MUG-1", 1, "1.00")), other, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("history.customerId must be the complaint's customer \"c-1\" but was \"c-2\"");
  }

  @Test
  void refundedTotalAtTheLimitIsNoSignalAndOneCentAboveIs() {
    var atLimit =
        Fixtures.history(
            refunded("r1", Duration.ofDays(10), "300.00"),
            refunded("r2", Duration.ofDays(20), "299.99"),
            refunded("r3", Duration.ofDays(30), "0.01"));
    var above =
        Fixtures.history(
            refunded("r1", Duration.ofDays(10), "300.00"),
            refunded("r2", Duration.ofDays(20), "299.99"),
            refunded("r3", Duration.ofDays(30), "0.02"));
    Complaint c = poorQuality(line("MUG-1", 2, "19.00"));

    assertThat(policy.decide(c, atLimit, NOW).actionsOf(Escalation.class)).isEmpty();
    assertThat(policy.decide(c, above, NOW).reasons())
        .extracting(Reason::rule)
        .contains("trust.abuse.refund-total");
  }
}
