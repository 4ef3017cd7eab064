package org.recovery.core;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.quicktheories.core.Gen;

/** Shared complaints, histories and generators for the engine's tests. */
final class Fixtures {
  static final Instant RECEIVED = Instant.parse("2026-03-10T09:00:00Z");
  static final Instant NOW = RECEIVED.plus(Duration.ofMinutes(5));
  static final Customer CUSTOMER =
      Customer.of("c-1", "Ana Ruiz", "ana@example.com", Locale.forLanguageTag("es-ES"));

  private static final java.util.Currency USD = java.util.Currency.getInstance("USD");

  private Fixtures() {}

  static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  static OrderLine line(String sku, int quantity, String unitPrice) {
    return OrderLine.of(sku, "Product " + sku, "L-" + sku, quantity, usd(unitPrice));
  }

  static ComplaintBuilder complaint(IssueKind kind) {
    return Complaint.builder()
        .id("k-1")
        .customer(CUSTOMER)
        .receivedAt(RECEIVED)
        .kind(kind)
        .cause(Cause.BUSINESS_ERROR)
        .line(line("MUG-1", 2, "19.00"));
  }

  static CustomerHistory noHistory() {
    return CustomerHistory.empty(CUSTOMER.id());
  }

  static Incident incident(String id, Duration ago, IssueKind kind, boolean businessCaused) {
    return new Incident(id, RECEIVED.minus(ago), kind, businessCaused, Optional.empty(), true);
  }

  static Incident refunded(String id, Duration ago, String amount) {
    return new Incident(
        id, RECEIVED.minus(ago), IssueKind.OTHER, false, Optional.of(usd(amount)), true);
  }

  static CustomerHistory history(Incident... incidents) {
    return new CustomerHistory(CUSTOMER.id(), List.of(incidents));
  }

  /**
   * Business-caused incidents of an unrelated kind, 100 days and more ago (neither recent nor same
   * kind).
   */
  static CustomerHistory earlierFailures(int count) {
    var list = new ArrayList<Incident>();
    for (int i = 0; i < count; i++) {
      list.add(incident("old-" + i, Duration.ofDays(100 + i), IssueKind.OTHER, true));
    }
    return new CustomerHistory(CUSTOMER.id(), list);
  }

  static Gen<OrderLine> lines() {
    return integers()
        .between(1, 5)
        .zip(
            integers().between(0, 40_000),
            integers().between(0, 3),
            (q, cents, sku) ->
                OrderLine.of(
                    "SKU-" + sku,
                    "Product",
                    "LOT-" + sku,
                    q,
                    Money.of(BigDecimal.valueOf(cents, 2), java.util.Currency.getInstance("USD"))));
  }

  static Gen<Complaint> complaints() {
    Gen<IssueKind> kinds = arbitrary().enumValues(IssueKind.class);
    Gen<Severity> severities = arbitrary().enumValues(Severity.class);
    Gen<Mood> moods = arbitrary().enumValues(Mood.class);
    Gen<Channel> channels = arbitrary().enumValues(Channel.class);
    Gen<Cause> causes = arbitrary().enumValues(Cause.class);
    Gen<List<OrderLine>> lineLists = lists().of(lines()).ofSizeBetween(0, 3);
    Gen<Integer> ratings = integers().between(0, 5);
    return in -> {
      var b =
          Complaint.builder()
              .id("k-1")
              .customer(CUSTOMER)
              .receivedAt(RECEIVED)
              .kind(kinds.generate(in))
              .severity(severities.generate(in))
              .mood(moods.generate(in))
              .cause(causes.generate(in))
              .lines(lineLists.generate(in));
      Channel channel = channels.generate(in);
      b.channel(channel);
      int rating = ratings.generate(in);
      if (rating > 0 && channel.isReview()) {
        b.rating(rating);
      }
      return b.build();
    };
  }

  static Gen<Incident> incidents() {
    Gen<Integer> daysAgo = integers().between(0, 400);
    Gen<IssueKind> kinds = arbitrary().enumValues(IssueKind.class);
    Gen<Integer> refundCents = integers().between(-1, 50_000);
    Gen<Integer> flags = integers().between(0, 3);
    Gen<Integer> ids = integers().between(0, 1_000_000);
    return in -> {
      int cents = refundCents.generate(in);
      int f = flags.generate(in);
      return new Incident(
          "h-" + ids.generate(in),
          RECEIVED.minus(Duration.ofDays(daysAgo.generate(in))),
          kinds.generate(in),
          (f & 1) == 1,
          cents < 0
              ? Optional.empty()
              : Optional.of(
                  Money.of(BigDecimal.valueOf(cents, 2), java.util.Currency.getInstance("USD"))),
          (f & 2) == 2);
    };
  }

  static Gen<CustomerHistory> histories() {
    Gen<List<Incident>> lists = lists().of(incidents()).ofSizeBetween(0, 12);
    return in -> {
      var distinct = new java.util.LinkedHashMap<String, Incident>();
      for (Incident i : lists.generate(in)) {
        distinct.putIfAbsent(i.complaintId(), i);
      }
      return new CustomerHistory(CUSTOMER.id(), new ArrayList<>(distinct.values()));
    };
  }

  /** A complaint drawn from a seeded random, for tests that need many fixed inputs. */
  static Complaint randomComplaint(Random random) {
    var b =
        Complaint.builder()
            .id("k-" + random.nextInt(1_000_000))
            .customer(CUSTOMER)
            .receivedAt(RECEIVED)
            .kind(pick(IssueKind.values(), random))
            .severity(pick(Severity.values(), random))
            .mood(pick(Mood.values(), random))
            .cause(pick(Cause.values(), random));
    Channel channel = pick(Channel.values(), random);
    b.channel(channel);
    int lines = random.nextInt(4);
    for (int i = 0; i < lines; i++) {
      b.line(
          OrderLine.of(
              "SKU-" + random.nextInt(4),
              "Product",
              "LOT-" + random.nextInt(3),
              1 + random.nextInt(4),
              Money.of(BigDecimal.valueOf(random.nextInt(40_000), 2), USD)));
    }
    if (random.nextBoolean() && channel.isReview()) {
      b.rating(1 + random.nextInt(5));
    }
    return b.build();
  }

  /** A history of up to 12 incidents drawn from a seeded random. */
  static CustomerHistory randomHistory(Random random) {
    var list = new ArrayList<Incident>();
    int n = random.nextInt(13);
    for (int i = 0; i < n; i++) {
      int cents = random.nextInt(50_000) - 10_000;
      list.add(
          new Incident(
              "h-" + i,
              RECEIVED.minus(Duration.ofDays(random.nextInt(400))),
              pick(IssueKind.values(), random),
              random.nextBoolean(),
              cents < 0
                  ? Optional.empty()
                  : Optional.of(Money.of(BigDecimal.valueOf(cents, 2), USD)),
              random.nextBoolean()));
    }
    return new CustomerHistory(CUSTOMER.id(), list);
  }

  private static <T> T pick(T[] values, Random random) {
    return values[random.nextInt(values.length)];
  }
}
