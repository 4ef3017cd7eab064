package org.recovery.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.recovery.core.AccountStatus;
import org.recovery.core.Cause;
import org.recovery.core.Complaint;
import org.recovery.core.Customer;
import org.recovery.core.Escalation;
import org.recovery.core.IssueKind;
import org.recovery.core.Money;
import org.recovery.core.OrderLine;
import org.recovery.core.Tone;
import org.recovery.templates.Letter;

class ComplaintDeskTest {

  private static final Instant START = Instant.parse("2026-09-01T09:00:00Z");
  private static final Customer DANA =
      Customer.of("cust-42", "Dana Whitfield", "dana@example.com", Locale.US);

  private final InMemoryIncidentStore store = new InMemoryIncidentStore();
  private final List<Letter> sent = new CopyOnWriteArrayList<>();

  private ComplaintDesk desk(Instant now) {
    return new ComplaintDesk(
        org.recovery.core.RecoveryPolicy.defaults(),
        store,
        (customer, letter) -> sent.add(letter),
        "Maya, Acme customer care",
        Clock.fixed(now, ZoneOffset.UTC));
  }

  private static Complaint complaint(String id, Customer customer, Instant at, IssueKind kind) {
    return Complaint.builder()
        .id(id)
        .customer(customer)
        .receivedAt(at)
        .kind(kind)
        .cause(Cause.PRODUCT_DEFECT)
        .orderId("o-" + id)
        .line(OrderLine.of("TT-12", "Linen tea towel", "L2026-44", 2, Money.of("19.00", "USD")))
        .build();
  }

  @Test
  void aFirstComplaintIsFixedFastSentAndRecorded() {
    var at = START;

    var handled = desk(at).handle(complaint("c-1", DANA, at, IssueKind.POOR_QUALITY));

    assertThat(handled.plan().tone()).isEqualTo(Tone.FRIENDLY_FIX);
    assertThat(handled.plan().grantedOnTrust()).contains(Money.of("38.00", "USD"));
    assertThat(sent).containsExactly(handled.letter());
    assertThat(handled.letter().toText()).contains("Maya, Acme customer care");
    var history = store.historyOf("cust-42");
    assertThat(history.incidents()).hasSize(1);
    assertThat(history.incidents().get(0).refunded()).contains(Money.of("38.00", "USD"));
  }

  @Test
  void repeatedFailuresEscalateBecauseTheDeskRemembersThem() {
    var plans = new ArrayList<AccountStatus>();
    var tones = new ArrayList<Tone>();
    IssueKind[] kinds = {IssueKind.DAMAGED, IssueKind.LATE_DELIVERY, IssueKind.POOR_QUALITY};
    for (int i = 0; i < kinds.length; i++) {
      Instant at = START.plus(Duration.ofDays(20L * i));
      var handled = desk(at).handle(complaint("c-" + i, DANA, at, kinds[i]));
      plans.add(handled.plan().accountStatus());
      tones.add(handled.plan().tone());
      if (i == 2) {
        assertThat(handled.plan().actionsOf(Escalation.class)).isNotEmpty();
      }
    }

    assertThat(plans).containsExactly(AccountStatus.GREEN, AccountStatus.YELLOW, AccountStatus.RED);
    assertThat(tones).containsExactly(Tone.FRIENDLY_FIX, Tone.FORMAL_APOLOGY, Tone.FORMAL_APOLOGY);
    assertThat(sent).hasSize(3);
    assertThat(store.historyOf("cust-42").incidents()).hasSize(3);
  }

  @Test
  void customersAreIndependent() {
    var other = Customer.of("cust-7", "Sam Okafor", "sam@example.com", Locale.UK);
    desk(START).handle(complaint("c-1", DANA, START, IssueKind.DAMAGED));
    desk(START).handle(complaint("c-2", DANA, START, IssueKind.DAMAGED));

    var handled = desk(START).handle(complaint("c-3", other, START, IssueKind.DAMAGED));

    assertThat(handled.plan().accountStatus()).isEqualTo(AccountStatus.GREEN);
    assertThat(store.historyOf("cust-7").incidents()).hasSize(1);
  }

  @Test
  void oneDeskServesManyThreadsWithoutLosingAnIncident() throws Exception {
    var desk = desk(START);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      var futures = new ArrayList<Future<ComplaintDesk.Handled>>();
      for (int i = 0; i < 200; i++) {
        var customer = Customer.of("cust-" + (i % 20), "Customer " + i, "c@example.com", Locale.US);
        var complaint = complaint("c-" + i, customer, START, IssueKind.DAMAGED);
        futures.add(pool.submit(() -> desk.handle(complaint)));
      }
      for (var f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(sent).hasSize(200);
    for (int c = 0; c < 20; c++) {
      assertThat(store.historyOf("cust-" + c).incidents()).hasSize(10);
    }
  }
}
