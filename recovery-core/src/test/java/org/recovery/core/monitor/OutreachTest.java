package org.recovery.core.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recovery.core.AccountStatus;
import org.recovery.core.Cause;
import org.recovery.core.Channel;
import org.recovery.core.Complaint;
import org.recovery.core.Customer;
import org.recovery.core.CustomerHistory;
import org.recovery.core.Incident;
import org.recovery.core.IssueKind;
import org.recovery.core.Money;
import org.recovery.core.Mood;
import org.recovery.core.OrderLine;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.RecoveryPolicy;
import org.recovery.core.Severity;
import org.recovery.core.action.Refund;

class OutreachTest {
  private static final Instant DETECTED = Instant.parse("2026-04-01T08:00:00Z");
  private static final Instant NOW = DETECTED.plus(Duration.ofMinutes(10));
  private final RecoveryPolicy policy = RecoveryPolicy.defaults();
  private final KnownIncident badLot =
      new KnownIncident(
          "inc-7", IssueKind.POOR_QUALITY, Cause.PRODUCT_DEFECT, Severity.MODERATE, DETECTED);

  private static AffectedCustomer affected(String id, int earlierFailures) {
    Customer c = Customer.of(id, "Name " + id, id + "@example.com", Locale.UK);
    var incidents = new java.util.ArrayList<Incident>();
    for (int i = 0; i < earlierFailures; i++) {
      incidents.add(
          new Incident(
              id + "-old-" + i,
              DETECTED.minus(Duration.ofDays(40 + i)),
              IssueKind.LATE_DELIVERY,
              true,
              Optional.empty(),
              true));
    }
    return new AffectedCustomer(
        c,
        new CustomerHistory(id, incidents),
        Optional.of("o-" + id),
        List.of(OrderLine.of("KETTLE", "Kettle", "L-BAD", 1, Money.of("30.00", "GBP"))));
  }

  @Test
  void everyAffectedCustomerGetsTheRemedyBeforeTheyComplain() {
    List<Outreach> plans = policy.planOutreach(badLot, List.of(affected("a", 0)), NOW);

    assertThat(plans).hasSize(1);
    Outreach o = plans.get(0);
    assertThat(o.customerId()).isEqualTo("a");
    assertThat(o.contactBy()).isEqualTo(DETECTED.plus(Duration.ofHours(8)));
    assertThat(o.plan().complaintId()).isEqualTo("inc-7/a");
    assertThat(o.plan().actionsOf(Refund.class))
        .containsExactly(new Refund(Money.of("30.00", "GBP"), List.of("KETTLE")));
    assertThat(o.plan().reasons().get(0).rule()).isEqualTo("outreach.proactive");
  }

  @Test
  void outreachPlanIsTheDecisionForTheComplaintTheyWouldHaveMade() {
    AffectedCustomer a = affected("a", 1);

    RecoveryPlan outreach = policy.planOutreach(badLot, List.of(a), NOW).get(0).plan();
    Complaint wouldHaveMade =
        Complaint.builder()
            .id("inc-7/a")
            .customer(a.customer())
            .receivedAt(DETECTED)
            .channel(Channel.EMAIL)
            .kind(IssueKind.POOR_QUALITY)
            .severity(Severity.MODERATE)
            .mood(Mood.CALM)
            .cause(Cause.PRODUCT_DEFECT)
            .lines(a.lines())
            .build();
    RecoveryPlan decided = policy.decide(wouldHaveMade, a.history(), NOW);

    assertThat(outreach.actions()).isEqualTo(decided.actions());
    assertThat(outreach.reasons().subList(1, outreach.reasons().size()))
        .isEqualTo(decided.reasons());
  }

  @Test
  void customersMostAtRiskAreReachedFirst() {
    List<Outreach> plans =
        policy.planOutreach(
            badLot, List.of(affected("green", 0), affected("red", 2), affected("yellow", 1)), NOW);

    assertThat(plans).extracting(Outreach::customerId).containsExactly("red", "yellow", "green");
    assertThat(plans.get(0).plan().accountStatus()).isEqualTo(AccountStatus.RED);
    assertThat(plans.get(0).contactBy()).isEqualTo(DETECTED.plus(Duration.ofMinutes(30)));
  }

  @Test
  void theSameCustomerTwiceIsRefused() {
    assertThatThrownBy(
            () -> policy.planOutreach(badLot, List.of(affected("a", 0), affected("a", 1)), NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("affected customers must be distinct but \"a\" appears twice");
  }

  @Test
  void historyOfAnotherCustomerIsRefused() {
    Customer c = Customer.of("a", "A", "a@example.com", Locale.UK);

    assertThatThrownBy(
            () -> new AffectedCustomer(c, CustomerHistory.empty("b"), Optional.empty(), List.of()))
        .hasMessage("history.customerId must be the customer's id \"a\" but was \"b\"");
  }
}
