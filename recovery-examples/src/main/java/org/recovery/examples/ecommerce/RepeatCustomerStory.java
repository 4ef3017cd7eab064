package org.recovery.examples.ecommerce;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.recovery.core.Cause;
import org.recovery.core.Complaint;
import org.recovery.core.Customer;
import org.recovery.core.IssueKind;
import org.recovery.core.Money;
import org.recovery.core.OrderLine;
import org.recovery.core.RecoveryPolicy;
import org.recovery.core.action.RecoveryAction;

/**
 * Runs {@link CustomerCare} on three complaints from one Spanish-speaking customer over seven
 * weeks, and prints how the tone, the account status and the remedies escalate.
 *
 * <pre>
 * java -cp recovery-examples/target/recovery.jar org.recovery.examples.ecommerce.RepeatCustomerStory
 * </pre>
 */
public final class RepeatCustomerStory {

  /** Lucía writes in Spanish, so her letters carry English beside it. */
  static final Customer LUCIA =
      Customer.of(
          "cust-1001", "Lucía Fernández", "lucia@example.com", Locale.forLanguageTag("es-ES"));

  /**
   * The shop's one policy, shared by every thread: the defaults, with a named person who takes an
   * account after repeated failures.
   */
  static final RecoveryPolicy POLICY =
      RecoveryPolicy.defaults().toBuilder().accountOwner("Elena Ortiz").build();

  private RepeatCustomerStory() {}

  /**
   * Returns the story's complaints, oldest first: a cracked espresso maker, a late parcel, then tea
   * towels that fell apart in the wash; all three business-caused.
   *
   * @return three complaints from {@link #LUCIA}
   */
  static List<Complaint> complaints() {
    Money eur19 = Money.of("19.00", "EUR");
    return List.of(
        Complaint.builder()
            .id("c-1001")
            .customer(LUCIA)
            .receivedAt(Instant.parse("2026-09-02T08:40:00Z"))
            .kind(IssueKind.DAMAGED)
            .cause(Cause.PRODUCT_DEFECT)
            .orderId("o-5521")
            .line(OrderLine.of("EM-300", "Espresso maker", "L2026-33", 1, Money.of("89.00", "EUR")))
            .build(),
        Complaint.builder()
            .id("c-1002")
            .customer(LUCIA)
            .receivedAt(Instant.parse("2026-09-29T17:05:00Z"))
            .kind(IssueKind.LATE_DELIVERY)
            .cause(Cause.CARRIER)
            .orderId("o-5630")
            .line(OrderLine.of("GP-100", "Garlic press", "L2026-38", 1, Money.of("24.99", "EUR")))
            .build(),
        Complaint.builder()
            .id("c-1003")
            .customer(LUCIA)
            .receivedAt(Instant.parse("2026-10-20T11:30:00Z"))
            .kind(IssueKind.POOR_QUALITY)
            .cause(Cause.PRODUCT_DEFECT)
            .orderId("o-5702")
            .line(OrderLine.of("TT-12", "Linen tea towel", "L2026-44", 2, eur19))
            .build());
  }

  /**
   * Handles the story's complaints, each decided a few minutes after it arrived, and prints a line
   * per complaint, then the last letter.
   *
   * @param out where to print
   * @return what was done about each complaint, in order
   */
  public static List<Resolution> tell(PrintStream out) {
    var store = new InMemoryIncidentStore();
    var outbox = new Outbox();
    var now = new AtomicReference<Instant>();
    var care = new CustomerCare(POLICY, store, outbox, "Marta, Acme customer care", now::get);

    var resolutions = new ArrayList<Resolution>();
    for (Complaint complaint : complaints()) {
      now.set(complaint.receivedAt().plus(Duration.ofMinutes(12)));
      Resolution r = care.handle(complaint);
      resolutions.add(r);
      out.printf(
          Locale.ROOT,
          "%s %s %-13s -> %-14s %-6s respond by %s, refunded %s%n    actions: %s%n",
          complaint.receivedAt().toString().substring(0, 10),
          complaint.id(),
          complaint.kind(),
          r.plan().tone(),
          r.plan().accountStatus(),
          r.plan().respondBy(),
          r.incident().refunded().map(Money::toString).orElse("nothing"),
          r.plan().actions().stream()
              .map(RecoveryAction::type)
              .map(Enum::name)
              .collect(Collectors.joining(", ")));
    }
    out.printf(
        Locale.ROOT,
        "%nThe store holds %d incidents for %s; the outbox holds %d letters.%n",
        store.historyOf(LUCIA.id()).incidents().size(),
        LUCIA.id(),
        outbox.sent().size());
    out.printf(
        "%nThe third letter:%n%n%s%n", resolutions.get(resolutions.size() - 1).letter().toText());
    return resolutions;
  }

  /**
   * Prints the story.
   *
   * @param args none
   */
  public static void main(String[] args) {
    tell(System.out);
  }
}
