package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.core.Fixtures.NOW;
import static org.recovery.core.Fixtures.RECEIVED;
import static org.recovery.core.Fixtures.complaint;
import static org.recovery.core.Fixtures.line;
import static org.recovery.core.Fixtures.noHistory;
import static org.recovery.core.Fixtures.usd;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recovery.core.action.AccountFix;
import org.recovery.core.action.Escalation;
import org.recovery.core.action.Exchange;
import org.recovery.core.action.FollowUp;
import org.recovery.core.action.Guidance;
import org.recovery.core.action.Investigation;
import org.recovery.core.action.ProcessFix;
import org.recovery.core.action.Refund;
import org.recovery.core.action.Replacement;
import org.recovery.core.action.Reship;
import org.recovery.core.action.ReturnRequest;
import org.recovery.core.action.StopSaleReview;

class RecoveryPolicyRemedyTest {
  private final RecoveryPolicy policy = RecoveryPolicy.defaults();
  private final java.time.Instant shipBy = NOW.plus(Duration.ofHours(24));

  private RecoveryPlan decide(ComplaintBuilder complaint) {
    return policy.decide(complaint.build(), noHistory(), NOW);
  }

  private static List<String> rules(RecoveryPlan plan) {
    return plan.reasons().stream().map(Reason::rule).toList();
  }

  @Test
  void damagedItemIsReplacedNowWithAnOptionalReturnAndALotInvestigation() {
    RecoveryPlan plan = decide(complaint(IssueKind.DAMAGED).cause(Cause.PRODUCT_DEFECT));

    assertThat(plan.actions())
        .containsExactly(
            new Replacement("MUG-1", 2, shipBy),
            new ReturnRequest("MUG-1", Optional.of("L-MUG-1"), true, true),
            new Investigation("MUG-1", Optional.of("L-MUG-1")),
            new ProcessFix(ProcessFix.Area.QUALITY_CONTROL, Optional.of("MUG-1")));
    assertThat(plan.actionsOf(ReturnRequest.class)).allMatch(ReturnRequest::optional);
    assertThat(rules(plan))
        .contains(
            "remedy.damaged.replace",
            "investigate.ask-item-back",
            "investigate.lot",
            "process-fix.quality-control",
            "ownership.ours");
    assertThat(plan.grantedOnTrust()).isEmpty();
  }

  @Test
  void damagedInTransitFixesThePackaging() {
    RecoveryPlan plan = decide(complaint(IssueKind.DAMAGED).cause(Cause.CARRIER));

    assertThat(plan.actionsOf(ProcessFix.class))
        .containsExactly(new ProcessFix(ProcessFix.Area.PACKAGING, Optional.of("MUG-1")));
    assertThat(plan.ownership())
        .containsExactly(OwnershipStatement.of(OwnershipKey.CARRIER_IS_OUR_CHOICE));
  }

  @Test
  void wrongSizeFromTheCustomersOwnMistakeIsExchangedNowWithoutBlame() {
    RecoveryPlan plan =
        decide(
            complaint(IssueKind.WRONG_SIZE)
                .cause(Cause.CUSTOMER_MISTAKE)
                .lines(List.of(line("TEE-M", 1, "25.00"))));

    assertThat(plan.actions())
        .containsExactly(
            new Exchange("TEE-M", 1, shipBy),
            new ProcessFix(ProcessFix.Area.SIZE_CHART, Optional.of("TEE-M")));
    assertThat(plan.ownership())
        .containsExactly(OwnershipStatement.of(OwnershipKey.OUR_GUIDANCE_FAILED));
    assertThat(plan.tone()).isEqualTo(Tone.FRIENDLY_FIX);
    assertThat(rules(plan))
        .containsExactly(
            "repeat.first",
            "respond.table",
            "remedy.wrong-size.exchange",
            "ownership.customer-mistake",
            "process-fix.size-chart",
            "tone.friendly",
            "goodwill.paradox");
  }

  @Test
  void wrongItemIsExchangedNowAndPickingIsChecked() {
    RecoveryPlan plan = decide(complaint(IssueKind.WRONG_ITEM));

    assertThat(plan.actions())
        .containsExactly(
            new Exchange("MUG-1", 2, shipBy),
            new ProcessFix(ProcessFix.Area.PICKING, Optional.of("MUG-1")));
  }

  @Test
  void usageDifficultyGetsGuidanceWithACommittedRefundAndAFollowUp() {
    RecoveryPlan plan = decide(complaint(IssueKind.USAGE_DIFFICULTY).cause(Cause.UNKNOWN));

    assertThat(plan.actions())
        .containsExactly(
            new Guidance(Optional.of("MUG-1"), Guidance.Fallback.REFUND),
            new FollowUp(NOW.plus(Duration.ofDays(3)), FollowUp.Why.CHECK_GUIDANCE_HELPED),
            new ProcessFix(ProcessFix.Area.INSTRUCTIONS, Optional.of("MUG-1")));
    assertThat(plan.ownership())
        .containsExactly(OwnershipStatement.of(OwnershipKey.SHOULD_HAVE_BEEN_CLEARER));
  }

  @Test
  void guidanceCanCommitToAReplacementInstead() {
    RecoveryPolicy replacing =
        RecoveryPolicy.builder().guidanceFallback(Guidance.Fallback.REPLACEMENT).build();

    RecoveryPlan plan =
        replacing.decide(complaint(IssueKind.USAGE_DIFFICULTY).build(), noHistory(), NOW);

    assertThat(plan.actionsOf(Guidance.class))
        .containsExactly(new Guidance(Optional.of("MUG-1"), Guidance.Fallback.REPLACEMENT));
  }

  @Test
  void poorQualityRefundsTheLinesConcernedExactlyWithoutAReturn() {
    RecoveryPlan plan = decide(complaint(IssueKind.POOR_QUALITY).cause(Cause.PRODUCT_DEFECT));

    assertThat(plan.actions())
        .containsExactly(
            new Refund(usd("38.00"), List.of("MUG-1")),
            new ReturnRequest("MUG-1", Optional.of("L-MUG-1"), true, true),
            new ProcessFix(ProcessFix.Area.QUALITY_CONTROL, Optional.of("MUG-1")));
    assertThat(plan.actionsOf(Refund.class)).noneMatch(Refund::returnRequired);
    assertThat(plan.grantedOnTrust()).contains(usd("38.00"));
    assertThat(rules(plan)).contains("remedy.poor-quality.refund", "trust.on-trust");
  }

  @Test
  void poorQualityReportedBeforeBringsAStopSaleReview() {
    var history =
        Fixtures.history(
            Fixtures.incident("old", Duration.ofDays(60), IssueKind.POOR_QUALITY, true));
    RecoveryPlan plan =
        policy.decide(
            complaint(IssueKind.POOR_QUALITY).cause(Cause.PRODUCT_DEFECT).build(), history, NOW);

    assertThat(plan.actionsOf(StopSaleReview.class))
        .containsExactly(
            new StopSaleReview(
                "MUG-1", "2 poor-quality complaints from this customer in 180 days"));
    assertThat(rules(plan)).contains("stop-sale.repeat-defect");
  }

  @Test
  void lateDeliveryIsTrackedAndTheCarrierOwned() {
    RecoveryPlan plan = decide(complaint(IssueKind.LATE_DELIVERY).cause(Cause.CARRIER));

    assertThat(plan.actions())
        .containsExactly(
            new FollowUp(NOW.plus(Duration.ofDays(3)), FollowUp.Why.CONFIRM_ARRIVAL),
            new ProcessFix(ProcessFix.Area.DELIVERY, Optional.empty()));
    assertThat(plan.ownership())
        .containsExactly(OwnershipStatement.of(OwnershipKey.CARRIER_IS_OUR_CHOICE));
    assertThat(rules(plan)).contains("remedy.late-delivery.confirm-arrival", "ownership.carrier");
  }

  @Test
  void lostDeliveryIsSentAgainNowByTheFastestService() {
    RecoveryPlan plan = decide(complaint(IssueKind.LOST_DELIVERY).cause(Cause.CARRIER));

    assertThat(plan.actions())
        .containsExactly(
            new Reship("MUG-1", 2, shipBy, true),
            new FollowUp(NOW.plus(Duration.ofDays(3)), FollowUp.Why.CONFIRM_ARRIVAL),
            new ProcessFix(ProcessFix.Area.DELIVERY, Optional.empty()));
  }

  @Test
  void billingErrorRefundsTheChargeMadeInError() {
    RecoveryPlan plan =
        decide(complaint(IssueKind.BILLING_ERROR).lines(List.of(line("CHARGE-2", 1, "49.90"))));

    assertThat(plan.actions())
        .containsExactly(
            new Refund(usd("49.90"), List.of("CHARGE-2")),
            new ProcessFix(ProcessFix.Area.BILLING, Optional.empty()));
  }

  @Test
  void serviceFailureRefundsThePeriodThatFailed() {
    RecoveryPlan plan =
        decide(complaint(IssueKind.SERVICE_FAILURE).lines(List.of(line("PLAN-MONTH", 1, "12.00"))));

    assertThat(plan.actions())
        .containsExactly(
            new Refund(usd("12.00"), List.of("PLAN-MONTH")),
            new ProcessFix(ProcessFix.Area.SERVICE_RELIABILITY, Optional.empty()));
  }

  @Test
  void accountProblemIsFixedForTheCustomer() {
    RecoveryPlan plan = decide(complaint(IssueKind.ACCOUNT_PROBLEM).lines(List.of()));

    assertThat(plan.actions())
        .containsExactly(
            new AccountFix(AccountFix.Change.AS_REQUESTED),
            new ProcessFix(ProcessFix.Area.ACCOUNT_SELF_SERVICE, Optional.empty()));
  }

  @Test
  void staffConductGetsAPersonalFormalApologyFromAManager() {
    RecoveryPlan plan = decide(complaint(IssueKind.STAFF_CONDUCT).lines(List.of()));

    assertThat(plan.actions())
        .containsExactly(
            new Escalation(
                "customer-care-manager",
                Escalation.Why.STAFF_CONDUCT,
                RECEIVED.plus(Duration.ofHours(8))),
            new ProcessFix(ProcessFix.Area.STAFF_TRAINING, Optional.empty()));
    assertThat(plan.tone()).isEqualTo(Tone.FORMAL_APOLOGY);
    assertThat(rules(plan)).contains("remedy.staff-conduct.personal-apology", "tone.formal.staff");
  }

  @Test
  void otherProblemsAreResolvedByAnAgentByTheDeadline() {
    RecoveryPlan plan = decide(complaint(IssueKind.OTHER).lines(List.of()));

    assertThat(plan.actions())
        .containsExactly(
            new FollowUp(RECEIVED.plus(Duration.ofHours(8)), FollowUp.Why.CONFIRM_RESOLVED));
    assertThat(rules(plan)).contains("remedy.other.agent-resolves");
  }

  @Test
  void productRemedyWithoutOrderLinesBecomesAnAgentFollowUp() {
    RecoveryPlan plan = decide(complaint(IssueKind.DAMAGED).lines(List.of()));

    assertThat(plan.actions())
        .containsExactly(
            new FollowUp(RECEIVED.plus(Duration.ofHours(8)), FollowUp.Why.CONFIRM_RESOLVED),
            new ProcessFix(ProcessFix.Area.QUALITY_CONTROL, Optional.empty()));
    assertThat(rules(plan)).contains("remedy.no-lines").doesNotContain("remedy.damaged.replace");
  }

  @Test
  void configuredRemedyReplacesTheDefault() {
    RecoveryPolicy refunding =
        RecoveryPolicy.builder().remedy(IssueKind.DAMAGED, Remedy.REFUND).build();

    RecoveryPlan plan = refunding.decide(complaint(IssueKind.DAMAGED).build(), noHistory(), NOW);

    assertThat(plan.actionsOf(Refund.class))
        .containsExactly(new Refund(usd("38.00"), List.of("MUG-1")));
    assertThat(plan.actionsOf(Replacement.class)).isEmpty();
    assertThat(rules(plan)).contains("remedy.damaged.refund");
  }

  @Test
  void everyPlanExplainsItselfWithStableIds() {
    for (IssueKind kind : IssueKind.values()) {
      RecoveryPlan plan = decide(complaint(kind));
      assertThat(plan.reasons()).isNotEmpty();
      assertThat(rules(plan)).allMatch(rule -> rule.matches("[a-z-]+(\\.[a-z0-9-]+)+"));
    }
  }
}
