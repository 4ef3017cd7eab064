package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.recovery.core.Fixtures.NOW;
import static org.recovery.core.Fixtures.RECEIVED;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recovery.core.action.Approval;
import org.recovery.core.action.Credit;
import org.recovery.core.action.Escalation;
import org.recovery.core.action.Refund;
import org.recovery.core.action.ReturnRequest;

class RecoveryPolicyPropertiesTest {
  private final RecoveryPolicy policy = RecoveryPolicy.defaults();

  @Test
  void refundIsNeverNegativeNorMoreThanWasPaidForTheLines() {
    qt().withExamples(300)
        .forAll(Fixtures.complaints(), Fixtures.histories())
        .checkAssert(
            (complaint, history) -> {
              RecoveryPlan plan = policy.decide(complaint, history, NOW);
              Optional<Money> granted = plan.grantedOnTrust();
              granted.ifPresent(
                  g -> {
                    assertThat(g.isNegative()).isFalse();
                    assertThat(complaint.paid()).isPresent();
                    assertThat(g).isLessThanOrEqualTo(complaint.paid().orElseThrow());
                  });
              for (Approval a : plan.actionsOf(Approval.class)) {
                assertThat(a.amount()).isLessThanOrEqualTo(granted.orElseThrow());
              }
            });
  }

  @Test
  void noRemedyIsEverConditional() {
    qt().withExamples(300)
        .forAll(Fixtures.complaints(), Fixtures.histories())
        .checkAssert(
            (complaint, history) -> {
              RecoveryPlan plan = policy.decide(complaint, history, NOW);
              assertThat(plan.actionsOf(Refund.class)).noneMatch(Refund::returnRequired);
              assertThat(plan.actionsOf(ReturnRequest.class)).allMatch(ReturnRequest::optional);
              assertThat(plan.reasons()).isNotEmpty();
              assertThat(plan.goodwill()).isBetween(0.0, 1.0);
            });
  }

  @Test
  void sameInputsGiveTheSamePlan() {
    qt().withExamples(200)
        .forAll(Fixtures.complaints(), Fixtures.histories())
        .check(
            (complaint, history) ->
                policy
                    .decide(complaint, history, NOW)
                    .equals(policy.decide(complaint, history, NOW)));
  }

  @Test
  void generosityNeverDecreasesAsFailuresRepeat() {
    qt().withExamples(200)
        .forAll(Fixtures.complaints(), Fixtures.histories(), integers().between(1, 170))
        .checkAssert(
            (complaint, history, daysAgo) -> {
              var more = new ArrayList<>(history.incidents());
              more.add(
                  new Incident(
                      "extra",
                      RECEIVED.minus(Duration.ofDays(daysAgo)),
                      IssueKind.OTHER,
                      true,
                      Optional.empty(),
                      true));
              RecoveryPlan before = policy.decide(complaint, history, NOW);
              RecoveryPlan after =
                  policy.decide(complaint, new CustomerHistory(history.customerId(), more), NOW);

              assertThat(creditPercent(after)).isGreaterThanOrEqualTo(creditPercent(before));
              assertThat(after.grantedOnTrust()).isEqualTo(before.grantedOnTrust());
              assertThat(after.actionsOf(Escalation.class).size())
                  .isGreaterThanOrEqualTo(before.actionsOf(Escalation.class).size());
              assertThat(after.actions().size()).isGreaterThanOrEqualTo(before.actions().size());
              assertThat(after.respondBy()).isBeforeOrEqualTo(before.respondBy());
              assertThat(after.accountStatus()).isGreaterThanOrEqualTo(before.accountStatus());
              assertThat(after.ownership().size())
                  .isGreaterThanOrEqualTo(before.ownership().size());
              if (before.tone() == Tone.FORMAL_APOLOGY) {
                assertThat(after.tone()).isEqualTo(Tone.FORMAL_APOLOGY);
              }
              assertThat(after.goodwill()).isLessThanOrEqualTo(before.goodwill());
            });
  }

  private static int creditPercent(RecoveryPlan plan) {
    return plan.actionsOf(Credit.class).stream().mapToInt(c -> c.percent().orElse(0)).sum();
  }
}
