package org.recovery.examples.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.recovery.core.AccountStatus;
import org.recovery.core.Cause;
import org.recovery.core.Complaint;
import org.recovery.core.Customer;
import org.recovery.core.Incident;
import org.recovery.core.IssueKind;
import org.recovery.core.Money;
import org.recovery.core.OrderLine;
import org.recovery.core.RecoveryPolicy;
import org.recovery.core.Tone;
import org.recovery.core.action.ActionType;
import org.recovery.core.action.Escalation;
import org.recovery.core.action.RecoveryAction;
import org.recovery.templates.LetterBody;

class CustomerCareTest {

  private static final Instant START = Instant.parse("2026-09-01T09:00:00Z");
  private static final Customer DANA =
      Customer.of("cust-42", "Dana Whitfield", "dana@example.com", Locale.US);
  private static final Customer LUCIA =
      Customer.of("cust-7", "Lucía Fernández", "lucia@example.com", Locale.forLanguageTag("es-ES"));
  private static final RecoveryPolicy POLICY =
      RecoveryPolicy.defaults().toBuilder().accountOwner("Elena Ortiz").build();

  private final InMemoryIncidentStore store = new InMemoryIncidentStore();
  private final Outbox outbox = new Outbox();
  private final AtomicReference<Instant> now = new AtomicReference<>(START);
  private final CustomerCare care =
      new CustomerCare(POLICY, store, outbox, "Marta, Acme customer care", now::get);

  private static Complaint complaint(
      String id, Customer customer, Instant at, IssueKind kind, Cause cause) {
    return Complaint.builder()
        .id(id)
        .customer(customer)
        .receivedAt(at)
        .kind(kind)
        .cause(cause)
        .orderId("o-" + id)
        .line(OrderLine.of("TT-12", "Linen tea towel", "L2026-44", 2, Money.of("19.00", "USD")))
        .build();
  }

  /** Handles a complaint a few minutes after it arrived, as the shop would. */
  private Resolution handle(Complaint complaint) {
    now.set(complaint.receivedAt().plus(Duration.ofMinutes(5)));
    return care.handle(complaint);
  }

  /** Three business-caused complaints from one customer, three weeks apart. */
  private List<Resolution> threeComplaintsFrom(Customer customer) {
    IssueKind[] kinds = {IssueKind.DAMAGED, IssueKind.LATE_DELIVERY, IssueKind.POOR_QUALITY};
    Cause[] causes = {Cause.PRODUCT_DEFECT, Cause.CARRIER, Cause.PRODUCT_DEFECT};
    var resolutions = new ArrayList<Resolution>();
    for (int i = 0; i < kinds.length; i++) {
      Instant at = START.plus(Duration.ofDays(21L * i));
      resolutions.add(
          handle(complaint(customer.id() + "-c" + i, customer, at, kinds[i], causes[i])));
    }
    return resolutions;
  }

  private static List<Locale> languagesOf(SentLetter sent) {
    return sent.letter().bodies().stream().map(LetterBody::locale).toList();
  }

  @Test
  void aFirstComplaintGetsAFriendlyFixAndStaysGreen() {
    var r = handle(complaint("c-1", DANA, START, IssueKind.DAMAGED, Cause.PRODUCT_DEFECT));

    assertThat(r.plan().tone()).isEqualTo(Tone.FRIENDLY_FIX);
    assertThat(r.plan().accountStatus()).isEqualTo(AccountStatus.GREEN);
    assertThat(r.plan().actions())
        .extracting(RecoveryAction::type)
        .doesNotContain(ActionType.ESCALATION);
    assertThat(r.letter().tone()).isEqualTo(Tone.FRIENDLY_FIX);
  }

  @Test
  void theThirdBusinessCausedComplaintInTheWindowEscalatesToANamedOwner() {
    var resolutions = threeComplaintsFrom(DANA);

    assertThat(resolutions)
        .extracting(r -> r.plan().tone())
        .containsExactly(Tone.FRIENDLY_FIX, Tone.FORMAL_APOLOGY, Tone.FORMAL_APOLOGY);
    assertThat(resolutions)
        .extracting(r -> r.plan().accountStatus())
        .containsExactly(AccountStatus.GREEN, AccountStatus.YELLOW, AccountStatus.RED);
    var third = resolutions.get(2).plan();
    assertThat(third.actionsOf(Escalation.class))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.why()).isEqualTo(Escalation.Why.REPEATED_FAILURES);
              assertThat(e.owner()).isEqualTo("Elena Ortiz");
            });
    // The owner is a routing id for the host; the letter promises one person, never the id.
    assertThat(resolutions.get(2).letter().toText().replaceAll("\\s+", " "))
        .contains("one person on our team will look after your account personally")
        .doesNotContain("Elena Ortiz");
  }

  @Test
  void aComplaintCausedByTheCustomerDoesNotCountTowardsEscalation() {
    handle(complaint("c-1", DANA, START, IssueKind.DAMAGED, Cause.PRODUCT_DEFECT));
    handle(
        complaint(
            "c-2",
            DANA,
            START.plus(Duration.ofDays(7)),
            IssueKind.WRONG_SIZE,
            Cause.CUSTOMER_MISTAKE));

    var third =
        handle(
            complaint(
                "c-3",
                DANA,
                START.plus(Duration.ofDays(14)),
                IssueKind.POOR_QUALITY,
                Cause.PRODUCT_DEFECT));

    assertThat(third.plan().accountStatus()).isEqualTo(AccountStatus.YELLOW);
    assertThat(third.plan().actionsOf(Escalation.class)).isEmpty();
  }

  @Test
  void everyComplaintSendsExactlyOneLetterToItsCustomer() {
    var resolutions = threeComplaintsFrom(DANA);

    assertThat(outbox.sent())
        .extracting(s -> s.customer().id(), s -> s.letter().complaintId())
        .containsExactly(
            tuple("cust-42", "cust-42-c0"),
            tuple("cust-42", "cust-42-c1"),
            tuple("cust-42", "cust-42-c2"));
    assertThat(outbox.sent())
        .extracting(SentLetter::letter)
        .containsExactlyElementsOf(resolutions.stream().map(Resolution::letter).toList());
  }

  @Test
  void anEnglishSpeakerGetsTheLetterInEnglishOnly() {
    handle(complaint("c-1", DANA, START, IssueKind.DAMAGED, Cause.PRODUCT_DEFECT));

    var sent = outbox.sent().get(0);
    assertThat(languagesOf(sent)).containsExactly(Locale.US);
    assertThat(sent.letter().warnings()).isEmpty();
  }

  @Test
  void aSpanishSpeakerGetsTheLetterInSpanishWithEnglishBesideIt() {
    handle(complaint("c-1", LUCIA, START, IssueKind.POOR_QUALITY, Cause.PRODUCT_DEFECT));

    var sent = outbox.sent().get(0);
    assertThat(languagesOf(sent)).containsExactly(Locale.forLanguageTag("es-ES"), Locale.ENGLISH);
    assertThat(sent.letter().warnings()).isEmpty();
    assertThat(sent.letter().toText())
        .contains("Hola, Lucía")
        .contains("38,00\u00a0US$") // CLDR puts a no-break space before the symbol
        .contains("English version")
        .contains("$38.00");
  }

  @Test
  void theIncidentIsRecordedWithTheRefundedAmountSoTheNextComplaintSeesIt() {
    Complaint poorQuality =
        complaint("c-1", DANA, START, IssueKind.POOR_QUALITY, Cause.PRODUCT_DEFECT);

    var r = handle(poorQuality);

    var expected =
        new Incident(
            "c-1",
            START,
            IssueKind.POOR_QUALITY,
            true,
            Optional.of(Money.of("38.00", "USD")),
            true);
    assertThat(r.incident()).isEqualTo(expected);
    assertThat(store.historyOf("cust-42").incidents()).containsExactly(expected);
    assertThat(store.historyOf("cust-7").incidents()).isEmpty();
  }

  @Test
  void aReplacementIsRecordedWithNothingRefunded() {
    var r = handle(complaint("c-1", DANA, START, IssueKind.DAMAGED, Cause.PRODUCT_DEFECT));

    assertThat(r.incident().refunded()).isEmpty();
    assertThat(r.incident().resolved()).isTrue();
  }

  @Test
  void aComplaintHandledTwiceIsRefusedWithoutASecondLetter() {
    Complaint complaint = complaint("c-1", DANA, START, IssueKind.DAMAGED, Cause.PRODUCT_DEFECT);
    handle(complaint);

    assertThatThrownBy(() -> handle(complaint))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("incidents must have distinct complaint ids but \"c-1\" appears twice");
    assertThat(outbox.sent()).hasSize(1);
    assertThat(store.historyOf("cust-42").incidents()).hasSize(1);
  }

  @Test
  void aBlankSignatureIsRefusedWhenWiring() {
    assertThatThrownBy(
            () -> new CustomerCare(POLICY, store, outbox, " ", InstantSource.fixed(START)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("signature must not be blank but was \" \"");
  }

  @Test
  void complaintsFromDifferentCustomersOnEightThreadsAreAllHandledAgainstTheSharedStore()
      throws Exception {
    // given: each thread serves its own customers, each of whom complains three times
    var shared =
        new CustomerCare(POLICY, store, outbox, "Acme customer care", InstantSource.fixed(START));
    int threads = 8;
    int customersPerThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    var ready = new CountDownLatch(threads);
    var go = new CountDownLatch(1);
    var futures = new ArrayList<Future<List<Resolution>>>();
    try {
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  var mine = new ArrayList<Resolution>();
                  for (int c = 0; c < customersPerThread; c++) {
                    var customer =
                        Customer.of(
                            "cust-" + thread + "-" + c, "Customer", "c@example.com", Locale.UK);
                    for (int n = 0; n < 3; n++) {
                      mine.add(
                          shared.handle(
                              complaint(
                                  customer.id() + "-c" + n,
                                  customer,
                                  START.minus(Duration.ofDays(21L * (2 - n))),
                                  IssueKind.DAMAGED,
                                  Cause.PRODUCT_DEFECT)));
                    }
                  }
                  return mine;
                }));
      }
      ready.await();
      // when
      go.countDown();
      // then
      for (var future : futures) {
        List<Resolution> mine = future.get(60, TimeUnit.SECONDS);
        assertThat(mine)
            .extracting(r -> r.plan().accountStatus())
            .containsExactlyElementsOf(
                Collections.nCopies(
                        customersPerThread,
                        List.of(AccountStatus.GREEN, AccountStatus.YELLOW, AccountStatus.RED))
                    .stream()
                    .flatMap(List::stream)
                    .toList());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(outbox.sent()).hasSize(threads * customersPerThread * 3);
    for (int t = 0; t < threads; t++) {
      for (int c = 0; c < customersPerThread; c++) {
        assertThat(store.historyOf("cust-" + t + "-" + c).incidents()).hasSize(3);
      }
    }
  }

  @Test
  void concurrentComplaintsFromOneCustomerAreAllRecorded() throws Exception {
    var shared =
        new CustomerCare(POLICY, store, outbox, "Acme customer care", InstantSource.fixed(START));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      var futures = new ArrayList<Future<Resolution>>();
      for (int i = 0; i < 200; i++) {
        Complaint c =
            complaint(
                "c-" + i,
                DANA,
                START.minus(Duration.ofMinutes(i)),
                IssueKind.LATE_DELIVERY,
                Cause.CARRIER);
        futures.add(pool.submit(() -> shared.handle(c)));
      }
      for (var future : futures) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(store.historyOf("cust-42").incidents()).hasSize(200);
    assertThat(outbox.sent()).hasSize(200);
  }
}
