package org.recovery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.recovery.core.Cause;
import org.recovery.core.Channel;
import org.recovery.core.Complaint;
import org.recovery.core.Customer;
import org.recovery.core.CustomerHistory;
import org.recovery.core.IssueKind;
import org.recovery.core.Money;
import org.recovery.core.Mood;
import org.recovery.core.OrderLine;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.RecoveryPolicy;
import org.recovery.core.Severity;
import org.recovery.core.monitor.ComplaintMonitor;
import org.recovery.core.monitor.VolumeKey;
import org.recovery.nps.NpsReport;
import org.recovery.nps.io.SurveyReader;
import org.recovery.templates.Finding;
import org.recovery.templates.Letter;
import org.recovery.templates.OwnershipChecker;
import org.recovery.templates.PhraseBook;

/**
 * Eight threads share one policy, one phrase book, one checker, one complaint monitor and one
 * survey reader, round after round, and must get exactly what one thread gets, with the monitor
 * counting every complaint once.
 */
class ConcurrencyStressTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 6;
  private static final int COMPLAINTS = 30;
  private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
  private static final List<String> SKUS = List.of("GP-100", "TS-M", "KB-7");
  private static final List<Locale> LOCALES =
      List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, new Locale("es"), new Locale("pt"));

  private final RecoveryPolicy policy = RecoveryPolicy.defaults();
  private final PhraseBook phrases = PhraseBook.builder().build();
  private final OwnershipChecker checker = OwnershipChecker.builder().build();
  private final SurveyReader reader =
      SurveyReader.builder().scoreColumn("score").segmentColumns("country").threads(2).build();

  /** What one thread computes for one complaint and one export, to compare across threads. */
  private record Outcome(RecoveryPlan plan, String text, String html, List<Finding> findings) {}

  @Test
  void eightThreadsSharingEveryReusableObjectGetTheSingleThreadedResults() throws Exception {
    // given complaints and an export, worked through once on this thread
    List<Complaint> complaints = complaints(new Random(7));
    byte[] export = export(new Random(11));
    List<Outcome> expected = new ArrayList<>();
    for (Complaint c : complaints) {
      expected.add(outcome(c));
    }
    NpsReport expectedReport = reader.read(new ByteArrayInputStream(export));
    ComplaintMonitor monitor = ComplaintMonitor.defaults();

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 1; round <= ROUNDS; round++) {
        // when eight threads start together on the same work
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Outcome>>> outcomes = new ArrayList<>();
        List<Future<NpsReport>> reports = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          outcomes.add(
              pool.submit(
                  () -> {
                    start.await();
                    List<Outcome> mine = new ArrayList<>();
                    for (Complaint c : complaints) {
                      monitor.observe(c);
                      mine.add(outcome(c));
                    }
                    return mine;
                  }));
          reports.add(
              pool.submit(
                  () -> {
                    start.await();
                    return reader.read(new ByteArrayInputStream(export));
                  }));
        }
        start.countDown();

        // then every thread sees exactly the single-threaded results
        for (int t = 0; t < THREADS; t++) {
          assertThat(outcomes.get(t).get()).as("round %d, thread %d", round, t).isEqualTo(expected);
          assertThat(reports.get(t).get())
              .as("round %d, thread %d", round, t)
              .isEqualTo(expectedReport);
        }
        // and the monitor has counted every complaint exactly once
        int observed = round * THREADS * COMPLAINTS;
        for (IssueKind kind : IssueKind.values()) {
          long ofKind = complaints.stream().filter(c -> c.kind() == kind).count();
          assertThat(monitor.inWindow(VolumeKey.kind(kind)))
              .as("round %d, %s", round, kind)
              .isEqualTo((int) (ofKind * round * THREADS));
        }
        for (String sku : SKUS) {
          long withSku =
              complaints.stream().filter(c -> c.lines().get(0).sku().equals(sku)).count();
          assertThat(monitor.inWindow(VolumeKey.sku(sku)))
              .isEqualTo((int) (withSku * round * THREADS));
        }
        int counted = 0;
        for (IssueKind kind : IssueKind.values()) {
          counted += monitor.inWindow(VolumeKey.kind(kind));
        }
        assertThat(counted).as("complaints counted by round %d", round).isEqualTo(observed);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private Outcome outcome(Complaint c) {
    RecoveryPlan plan = policy.decide(c, CustomerHistory.empty(c.customer().id()), NOW);
    Letter letter = Letter.builder(c, plan).phrases(phrases).build();
    String text = letter.toText();
    return new Outcome(plan, text, letter.toHtml(), checker.check(text, c.customer().locale()));
  }

  private static List<Complaint> complaints(Random r) {
    List<Complaint> out = new ArrayList<>();
    for (int i = 0; i < COMPLAINTS; i++) {
      String sku = SKUS.get(r.nextInt(SKUS.size()));
      out.add(
          Complaint.builder()
              .id("c-" + i)
              .customer(
                  Customer.of(
                      "cust-" + r.nextInt(20),
                      "Customer " + i,
                      "c" + i + "@example.com",
                      LOCALES.get(r.nextInt(LOCALES.size()))))
              .receivedAt(NOW)
              .channel(pick(r, Channel.values()))
              .kind(pick(r, IssueKind.values()))
              .severity(pick(r, Severity.values()))
              .mood(pick(r, Mood.values()))
              .cause(pick(r, Cause.values()))
              .orderId("o-" + i)
              .line(
                  OrderLine.of(
                      sku,
                      "Product " + sku,
                      "L-" + r.nextInt(3),
                      1 + r.nextInt(3),
                      Money.of(r.nextInt(200) + ".99", "USD")))
              .message("Complaint number " + i + ": it did not work.")
              .build());
    }
    return out;
  }

  private static byte[] export(Random r) {
    StringBuilder csv = new StringBuilder("score,country\n");
    String[] countries = {"DE", "FR", "US", "\"Côte d'Ivoire\"", ""};
    for (int i = 0; i < 500; i++) {
      csv.append(r.nextInt(13) - 1).append(',').append(countries[r.nextInt(countries.length)]);
      csv.append('\n');
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }
}
