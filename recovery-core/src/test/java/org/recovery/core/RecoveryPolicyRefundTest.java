package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.core.Fixtures.NOW;
import static org.recovery.core.Fixtures.complaint;
import static org.recovery.core.Fixtures.line;
import static org.recovery.core.Fixtures.noHistory;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recovery.core.action.Approval;
import org.recovery.core.action.Refund;

/** Refunds name every line they cover, and a currency without a limit always asks a person. */
class RecoveryPolicyRefundTest {
  private final RecoveryPolicy policy = RecoveryPolicy.defaults();

  private RecoveryPlan decide(ComplaintBuilder complaint) {
    return policy.decide(complaint.build(), noHistory(), NOW);
  }

  private static List<String> rules(RecoveryPlan plan) {
    return plan.reasons().stream().map(Reason::rule).toList();
  }

  @Test
  void aRefundOfTwoLinesNamesBothAndRefundsTheirSum() {
    RecoveryPlan plan =
        decide(
            complaint(IssueKind.BILLING_ERROR)
                .lines(List.of(line("MUG-1", 1, "10.00"), line("TEE-M", 2, "5.50"))));

    assertThat(plan.actionsOf(Refund.class))
        .containsExactly(new Refund(Fixtures.usd("21.00"), List.of("MUG-1", "TEE-M")));
  }

  @Test
  void aRefundOfManyLinesNamesEachInOrder() {
    RecoveryPlan plan =
        decide(
            complaint(IssueKind.POOR_QUALITY)
                .lines(
                    List.of(
                        line("A-1", 1, "1.00"),
                        line("B-2", 1, "2.00"),
                        line("C-3", 3, "3.00"),
                        line("D-4", 1, "4.00"))));

    assertThat(plan.actionsOf(Refund.class))
        .containsExactly(new Refund(Fixtures.usd("16.00"), List.of("A-1", "B-2", "C-3", "D-4")));
  }

  @Test
  void aRefundInACurrencyWithoutALimitWaitsForTheApprover() {
    Money price = Money.of("12.00", "CHF");
    RecoveryPlan plan =
        decide(
            complaint(IssueKind.BILLING_ERROR)
                .lines(List.of(OrderLine.of("MUG-1", "Mug", "L-1", 1, price))));

    PolicySettings.Refunds refunds = policy.settings().refunds();
    assertThat(plan.actionsOf(Approval.class))
        .containsExactly(
            new Approval(price, refunds.approver(), NOW.plus(refunds.approvalWithin())));
    assertThat(rules(plan)).contains(PolicyReasons.TRUST_APPROVAL);
  }
}
