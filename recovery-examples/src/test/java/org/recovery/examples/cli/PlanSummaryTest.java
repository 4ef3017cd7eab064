package org.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recovery.core.AccountStatus;
import org.recovery.core.Cause;
import org.recovery.core.Complaint;
import org.recovery.core.Customer;
import org.recovery.core.IssueKind;
import org.recovery.core.Money;
import org.recovery.core.OwnershipKey;
import org.recovery.core.OwnershipStatement;
import org.recovery.core.Reason;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.Tone;
import org.recovery.core.action.Credit;
import org.recovery.core.action.Guidance;
import org.recovery.core.action.Refund;
import org.recovery.core.action.Replacement;
import org.recovery.core.action.ReturnRequest;

class PlanSummaryTest {

  private static final Instant RECEIVED = Instant.parse("2026-11-20T10:15:00Z");

  @Test
  void listsActionsOwnershipAndEveryReason() {
    var complaint =
        Complaint.builder()
            .id("c-1")
            .customer(Customer.of("cust-1", "Dana", "dana@example.com", Locale.US))
            .receivedAt(RECEIVED)
            .kind(IssueKind.DAMAGED)
            .cause(Cause.PRODUCT_DEFECT)
            .build();
    var plan =
        new RecoveryPlan(
            "c-1",
            List.of(
                new Replacement("GP-100", 1, Instant.parse("2026-11-21T10:15:00Z")),
                new ReturnRequest("GP-100", Optional.of("L2026-41"), true, true)),
            RECEIVED.plus(Duration.ofHours(4)),
            Tone.FRIENDLY_FIX,
            List.of(OwnershipStatement.of(OwnershipKey.WE_GOT_IT_WRONG)),
            0.8,
            AccountStatus.GREEN,
            List.of(
                new Reason("remedy.damaged", "A damaged item is replaced at once."),
                new Reason("trust.no-conditions", "Nothing is conditional on a return.")));

    assertThat(PlanSummary.of(complaint, plan))
        .isEqualTo(
            """
            respond by 2026-11-20T14:15:00Z (4 h after it arrived) | tone FRIENDLY_FIX \
            | goodwill 0.80 | account GREEN
            actions:
              1. REPLACEMENT      GP-100 x 1, ships by 2026-11-21T10:15:00Z
              2. RETURN_REQUEST   GP-100 lot L2026-41, optional, prepaid label, photos welcome, \
            to investigate; never a condition
            ownership: WE_GOT_IT_WRONG
            reasons:
              remedy.damaged       A damaged item is replaced at once.
              trust.no-conditions  Nothing is conditional on a return.
            """);
  }

  @Test
  void describesMoneyExactlyAndFallbacks() {
    assertThat(PlanSummary.describe(new Refund(Money.of("38.00", "USD"), List.of("TT-12"))))
        .isEqualTo("38.00 USD now, nothing to send back (TT-12)");
    assertThat(
            PlanSummary.describe(new Guidance(Optional.of("EM-7"), Guidance.Fallback.REPLACEMENT)))
        .isEqualTo("help to use EM-7; if not enough: REPLACEMENT");
    assertThat(PlanSummary.describe(Credit.ofPercent(15, Instant.parse("2027-02-20T00:00:00Z"))))
        .isEqualTo("15% off the next order, expires 2027-02-20T00:00:00Z");
  }

  @Test
  void saysDurationsTheWayPeopleDo() {
    assertThat(PlanSummary.human(Duration.ofMinutes(15))).isEqualTo("15 min");
    assertThat(PlanSummary.human(Duration.ofMinutes(90))).isEqualTo("1 h 30 min");
    assertThat(PlanSummary.human(Duration.ofHours(4))).isEqualTo("4 h");
    assertThat(PlanSummary.human(Duration.ofHours(51))).isEqualTo("2 d 3 h");
  }
}
