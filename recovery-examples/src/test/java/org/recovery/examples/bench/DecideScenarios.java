package org.recovery.examples.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.recovery.core.Severity;

/** The complaints and histories the decision benchmark and its equivalence test use. */
final class DecideScenarios {
  static final Instant RECEIVED = Instant.parse("2026-03-10T09:00:00Z");
  static final Instant NOW = RECEIVED.plus(Duration.ofMinutes(3));
  static final Customer CUSTOMER =
      Customer.of("c-42", "Ana Ruiz", "ana@example.com", Locale.forLanguageTag("es-ES"));

  private DecideScenarios() {}

  /**
   * Returns a typical complaint: two lines of a poor-quality order, by email, from a frustrated
   * customer.
   */
  static Complaint typicalComplaint() {
    return Complaint.builder()
        .id("k-1001")
        .customer(CUSTOMER)
        .receivedAt(RECEIVED)
        .channel(Channel.EMAIL)
        .kind(IssueKind.POOR_QUALITY)
        .severity(Severity.MODERATE)
        .mood(Mood.FRUSTRATED)
        .cause(Cause.PRODUCT_DEFECT)
        .orderId("o-77")
        .line(OrderLine.of("MUG-1", "Stoneware mug", "L-2026-02", 2, Money.of("19.00", "USD")))
        .line(OrderLine.of("PLATE-3", "Side plate", "L-2026-01", 1, Money.of("25.00", "USD")))
        .message("Both mugs cracked in the dishwasher.")
        .build();
  }

  /**
   * Returns a ten-incident history over 14 months: one earlier business-caused failure in the
   * window, refunds, customer mistakes and old incidents outside it.
   */
  static CustomerHistory typicalHistory() {
    int[] daysAgo = {20, 45, 90, 150, 200, 250, 300, 350, 380, 420};
    IssueKind[] kinds = {
      IssueKind.WRONG_SIZE,
      IssueKind.LATE_DELIVERY,
      IssueKind.WRONG_SIZE,
      IssueKind.USAGE_DIFFICULTY,
      IssueKind.DAMAGED,
      IssueKind.POOR_QUALITY,
      IssueKind.BILLING_ERROR,
      IssueKind.LOST_DELIVERY,
      IssueKind.OTHER,
      IssueKind.DAMAGED
    };
    boolean[] business = {false, true, false, false, true, true, true, true, false, true};
    String[] refunds = {"12.00", null, null, "30.00", "45.00", null, "9.99", null, null, "20.00"};
    var incidents = new ArrayList<Incident>();
    for (int i = 0; i < daysAgo.length; i++) {
      incidents.add(
          new Incident(
              "h-" + i,
              RECEIVED.minus(Duration.ofDays(daysAgo[i])),
              kinds[i],
              business[i],
              refunds[i] == null ? Optional.empty() : Optional.of(Money.of(refunds[i], "USD")),
              true));
    }
    return new CustomerHistory(CUSTOMER.id(), incidents);
  }

  /** Returns histories with zero to four business-caused failures and refund patterns. */
  static List<CustomerHistory> histories() {
    var out = new ArrayList<CustomerHistory>();
    out.add(CustomerHistory.empty(CUSTOMER.id()));
    out.add(typicalHistory());
    for (int failures = 1; failures <= 4; failures++) {
      var incidents = new ArrayList<Incident>();
      for (int i = 0; i < failures; i++) {
        incidents.add(
            new Incident(
                "f-" + i,
                RECEIVED.minus(Duration.ofDays(10 + 40L * i)),
                i % 2 == 0 ? IssueKind.POOR_QUALITY : IssueKind.DAMAGED,
                true,
                Optional.of(Money.of(i == 3 ? "700.00" : "5.00", "USD")),
                true));
      }
      out.add(new CustomerHistory(CUSTOMER.id(), incidents));
    }
    return out;
  }

  /** Returns complaints covering every kind, cause, severity, mood and channel. */
  static List<Complaint> complaints() {
    var out = new ArrayList<Complaint>();
    int n = 0;
    for (IssueKind kind : IssueKind.values()) {
      for (Cause cause : Cause.values()) {
        for (Severity severity : Severity.values()) {
          for (Mood mood : Mood.values()) {
            for (Channel channel : Channel.values()) {
              var b =
                  Complaint.builder()
                      .id("k-" + n)
                      .customer(CUSTOMER)
                      .receivedAt(RECEIVED)
                      .kind(kind)
                      .cause(cause)
                      .severity(severity)
                      .mood(mood)
                      .channel(channel);
              switch (n % 4) {
                case 0 -> {}
                case 1 -> b.line(OrderLine.of("MUG-1", "Mug", "L1", 2, Money.of("19.00", "USD")));
                case 2 ->
                    b.line(OrderLine.of("COAT", "Coat", "L9", 1, Money.of("240.00", "EUR")))
                        .line(OrderLine.of("HAT", "Hat", "L9", 3, Money.of("15.50", "EUR")));
                default -> b.line(OrderLine.of("CUP", "Cup", "L2", 1, Money.of("1200", "JPY")));
              }
              if (channel.isPublic()) {
                b.rating(1 + n % 5);
              }
              out.add(b.build());
              n++;
            }
          }
        }
      }
    }
    return out;
  }
}
