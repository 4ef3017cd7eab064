package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.recovery.core.Fixtures.NOW;
import static org.recovery.core.Fixtures.RECEIVED;
import static org.recovery.core.Fixtures.complaint;
import static org.recovery.core.Fixtures.earlierFailures;
import static org.recovery.core.Fixtures.incident;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.recovery.core.action.Credit;
import org.recovery.core.action.Escalation;

class RecoveryPolicyRepeatTest {
  private final RecoveryPolicy policy = RecoveryPolicy.defaults();
  private final Complaint damaged = complaint(IssueKind.DAMAGED).build();

  @Test
  void firstFailureIsAFastFriendlyFixAndGreen() {
    RecoveryPlan plan = policy.decide(damaged, earlierFailures(0), NOW);

    assertThat(plan.tone()).isEqualTo(Tone.FRIENDLY_FIX);
    assertThat(plan.accountStatus()).isEqualTo(AccountStatus.GREEN);
    assertThat(plan.actionsOf(Credit.class)).isEmpty();
    assertThat(plan.goodwill()).isEqualTo(0.85);
    assertThat(plan.reasons())
        .extracting(Reason::rule)
        .contains("repeat.first", "goodwill.paradox");
  }

  @Test
  void seriousFirstFailureIsAFormalApologyWithACredit() {
    RecoveryPlan plan =
        policy.decide(
            complaint(IssueKind.DAMAGED).severity(Severity.MAJOR).build(), earlierFailures(0), NOW);

    assertThat(plan.tone()).isEqualTo(Tone.FORMAL_APOLOGY);
    assertThat(plan.actionsOf(Credit.class))
        .containsExactly(
            new Credit(Optional.empty(), OptionalInt.of(10), NOW.plus(Duration.ofDays(90))));
    assertThat(plan.reasons())
        .extracting(Reason::rule)
        .contains("tone.formal.severity", "credit.serious-first");
  }

  @Test
  void angryFirstComplaintIsAFormalApology() {
    RecoveryPlan plan =
        policy.decide(
            complaint(IssueKind.DAMAGED).mood(Mood.ANGRY).build(), earlierFailures(0), NOW);

    assertThat(plan.tone()).isEqualTo(Tone.FORMAL_APOLOGY);
    assertThat(plan.reasons()).extracting(Reason::rule).contains("tone.formal.mood");
  }

  @Test
  void secondFailureIsAFormalApologyWithACreditAndARootCauseStatement() {
    RecoveryPlan plan = policy.decide(damaged, earlierFailures(1), NOW);

    assertThat(plan.tone()).isEqualTo(Tone.FORMAL_APOLOGY);
    assertThat(plan.accountStatus()).isEqualTo(AccountStatus.YELLOW);
    assertThat(plan.actionsOf(Credit.class))
        .containsExactly(
            new Credit(Optional.empty(), OptionalInt.of(15), NOW.plus(Duration.ofDays(90))));
    assertThat(plan.ownership())
        .containsExactly(
            OwnershipStatement.of(OwnershipKey.WE_GOT_IT_WRONG),
            OwnershipStatement.of(OwnershipKey.NOT_THE_FIRST_TIME, "count", "2"),
            OwnershipStatement.of(OwnershipKey.ROOT_CAUSE_FIX, "area", "QUALITY_CONTROL"));
    assertThat(plan.goodwill()).isCloseTo(0.85 * 0.55, within(1e-12));
    assertThat(plan.reasons())
        .extracting(Reason::rule)
        .contains("repeat.second", "credit.repeat", "goodwill.decay");
  }

  @Test
  void thirdFailureGoesToANamedOwnerTurnsRedAndIsTopPriority() {
    RecoveryPlan plan = policy.decide(damaged, earlierFailures(2), NOW);

    assertThat(plan.accountStatus()).isEqualTo(AccountStatus.RED);
    assertThat(plan.tone()).isEqualTo(Tone.FORMAL_APOLOGY);
    assertThat(plan.respondBy()).isEqualTo(RECEIVED.plus(Duration.ofMinutes(30)));
    assertThat(plan.actionsOf(Escalation.class))
        .containsExactly(
            new Escalation(
                "customer-care-lead",
                Escalation.Why.REPEATED_FAILURES,
                NOW.plus(Duration.ofHours(4))));
    assertThat(plan.actionsOf(Credit.class))
        .extracting(c -> c.percent().getAsInt())
        .containsExactly(25);
    assertThat(plan.ownership())
        .contains(OwnershipStatement.of(OwnershipKey.PERSONAL_OWNER, "owner", "customer-care-lead"))
        .contains(OwnershipStatement.of(OwnershipKey.NOT_THE_FIRST_TIME, "count", "3"));
    assertThat(plan.reasons())
        .extracting(Reason::rule)
        .contains("repeat.third-plus", "respond.top-priority", "credit.escalated");
  }

  @Test
  void customersOwnMistakesDoNotCountAsRepeats() {
    var history =
        Fixtures.history(
            incident("a", Duration.ofDays(10), IssueKind.WRONG_SIZE, false),
            incident("b", Duration.ofDays(20), IssueKind.WRONG_SIZE, false));

    RecoveryPlan plan = policy.decide(damaged, history, NOW);

    assertThat(plan.accountStatus()).isEqualTo(AccountStatus.GREEN);
    assertThat(plan.goodwill()).isEqualTo(0.85);
  }

  @Test
  void customerMistakeNowDoesNotCountButEarlierFailuresStill() {
    var mistake = complaint(IssueKind.WRONG_SIZE).cause(Cause.CUSTOMER_MISTAKE).build();

    assertThat(policy.decide(mistake, earlierFailures(1), NOW).accountStatus())
        .isEqualTo(AccountStatus.GREEN);
    assertThat(policy.decide(mistake, earlierFailures(2), NOW).accountStatus())
        .isEqualTo(AccountStatus.YELLOW);
  }

  @Test
  void incidentsOutsideTheWindowDoNotCount() {
    var history = Fixtures.history(incident("a", Duration.ofDays(181), IssueKind.DAMAGED, true));

    assertThat(policy.decide(damaged, history, NOW).accountStatus()).isEqualTo(AccountStatus.GREEN);
  }

  @Test
  void theComplaintItselfInTheHistoryIsNotCountedTwice() {
    var history = Fixtures.history(incident("k-1", Duration.ZERO, IssueKind.DAMAGED, true));

    assertThat(policy.decide(damaged, history, NOW).accountStatus()).isEqualTo(AccountStatus.GREEN);
  }

  @Test
  void goodwillDecaysFasterForTheSameKindAndForARecentRepeat() {
    double other =
        policy
            .decide(
                damaged,
                Fixtures.history(incident("a", Duration.ofDays(100), IssueKind.OTHER, true)),
                NOW)
            .goodwill();
    double sameKind =
        policy
            .decide(
                damaged,
                Fixtures.history(incident("a", Duration.ofDays(100), IssueKind.DAMAGED, true)),
                NOW)
            .goodwill();
    double recent =
        policy
            .decide(
                damaged,
                Fixtures.history(incident("a", Duration.ofDays(5), IssueKind.OTHER, true)),
                NOW)
            .goodwill();
    double both =
        policy
            .decide(
                damaged,
                Fixtures.history(incident("a", Duration.ofDays(5), IssueKind.DAMAGED, true)),
                NOW)
            .goodwill();

    // 0.85 × 0.55 × 0.75 = 0.350625 and 0.85 × 0.55 × 0.8 × 0.75 = 0.2805, to four decimals.
    assertThat(sameKind).isLessThan(other).isEqualTo(0.3506);
    assertThat(recent).isLessThan(other).isEqualTo(0.374);
    assertThat(both).isLessThan(sameKind).isLessThan(recent).isEqualTo(0.2805);
  }

  @Test
  void configuredThresholdsMoveTheLevels() {
    RecoveryPolicy strict = RecoveryPolicy.builder().formalAfter(1).escalateAfter(2).build();

    assertThat(strict.decide(damaged, earlierFailures(0), NOW).accountStatus())
        .isEqualTo(AccountStatus.YELLOW);
    assertThat(strict.decide(damaged, earlierFailures(1), NOW).accountStatus())
        .isEqualTo(AccountStatus.RED);
  }
}
