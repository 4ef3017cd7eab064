package org.recovery.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.AccountStatus;
import org.recovery.core.Cause;
import org.recovery.core.Channel;
import org.recovery.core.Complaint;
import org.recovery.core.Customer;
import org.recovery.core.CustomerHistory;
import org.recovery.core.DomainGenerators;
import org.recovery.core.GrammaticalGender;
import org.recovery.core.Incident;
import org.recovery.core.IssueKind;
import org.recovery.core.Money;
import org.recovery.core.Mood;
import org.recovery.core.OrderLine;
import org.recovery.core.OwnershipKey;
import org.recovery.core.OwnershipStatement;
import org.recovery.core.Reason;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.Severity;
import org.recovery.core.Tone;
import org.recovery.core.action.AccountFix;
import org.recovery.core.action.ActionType;
import org.recovery.core.action.Approval;
import org.recovery.core.action.Credit;
import org.recovery.core.action.Escalation;
import org.recovery.core.action.Exchange;
import org.recovery.core.action.FollowUp;
import org.recovery.core.action.Guidance;
import org.recovery.core.action.Investigation;
import org.recovery.core.action.ProcessFix;
import org.recovery.core.action.RecoveryAction;
import org.recovery.core.action.Refund;
import org.recovery.core.action.Replacement;
import org.recovery.core.action.Reship;
import org.recovery.core.action.ReturnRequest;
import org.recovery.core.action.StopSaleReview;

class RecoveryJsonTest {

  private static final RecoveryJson JSON = RecoveryJson.defaults();
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final Instant T = Instant.parse("2026-11-20T10:15:00Z");

  static String resource(String name) {
    try (InputStream in = RecoveryJsonTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode tree(String json) {
    try {
      return PLAIN.readTree(json);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static Complaint exampleComplaint() {
    return Complaint.builder()
        .id("c-1001")
        .customer(Customer.of("cust-42", "Dana Whitfield", "dana@example.com", Locale.US))
        .receivedAt(T)
        .channel(Channel.EMAIL)
        .kind(IssueKind.DAMAGED)
        .severity(Severity.MODERATE)
        .mood(Mood.FRUSTRATED)
        .cause(Cause.PRODUCT_DEFECT)
        .orderId("o-9")
        .line(OrderLine.of("GP-100", "Garlic press", "L2026-41", 1, Money.of("24.99", "USD")))
        .message("The handle snapped the first time I used it.")
        .language(Locale.ENGLISH)
        .build();
  }

  @Test
  void contractComplaintExampleReadsIntoTheModel() {
    Complaint complaint = JSON.readComplaint(resource("complaint-example.json"));

    assertThat(complaint).isEqualTo(exampleComplaint());
  }

  @Test
  void contractComplaintExampleWritesBackUnchanged() {
    String example = resource("complaint-example.json");

    String written = JSON.writeComplaint(JSON.readComplaint(example));

    assertThat(tree(written)).isEqualTo(tree(example));
    assertThat(written)
        .isEqualTo(
            "{\"id\":\"c-1001\",\"customer\":{\"id\":\"cust-42\",\"name\":\"Dana Whitfield\","
                + "\"email\":\"dana@example.com\",\"locale\":\"en-US\"},"
                + "\"receivedAt\":\"2026-11-20T10:15:00Z\",\"channel\":\"EMAIL\",\"kind\":\"DAMAGED\","
                + "\"severity\":\"MODERATE\",\"mood\":\"FRUSTRATED\",\"cause\":\"PRODUCT_DEFECT\","
                + "\"orderId\":\"o-9\",\"lines\":[{\"sku\":\"GP-100\",\"name\":\"Garlic press\","
                + "\"lot\":\"L2026-41\",\"quantity\":1,"
                + "\"unitPrice\":{\"amount\":\"24.99\",\"currency\":\"USD\"}}],"
                + "\"message\":\"The handle snapped the first time I used it.\","
                + "\"language\":\"en\",\"rating\":null}");
  }

  @Test
  void contractHistoryExampleReadsIntoTheModelAndWritesBackUnchanged() {
    String example = resource("history-example.json");

    CustomerHistory history = JSON.readHistory(example);

    assertThat(history)
        .isEqualTo(
            new CustomerHistory(
                "cust-42",
                List.of(
                    new Incident(
                        "c-0901",
                        Instant.parse("2026-09-01T09:00:00Z"),
                        IssueKind.LATE_DELIVERY,
                        true,
                        Optional.of(Money.of("5.00", "USD")),
                        true))));
    assertThat(tree(JSON.writeHistory(history))).isEqualTo(tree(example));
  }

  @Test
  void absentOptionalFieldsAreOmittedAndReadBackAsAbsent() {
    Complaint bare =
        exampleComplaint().toBuilder()
            .customer(new Customer("cust-42", "Dana", Optional.empty(), Locale.US))
            .lines(
                List.of(
                    new OrderLine("GP-100", "Press", Optional.empty(), 2, Money.of("1", "JPY"))))
            .build();
    Complaint noOrder =
        new Complaint(
            bare.id(),
            bare.customer(),
            bare.receivedAt(),
            Channel.SURVEY,
            bare.kind(),
            bare.severity(),
            bare.mood(),
            bare.cause(),
            Optional.empty(),
            bare.lines(),
            bare.message(),
            bare.language(),
            OptionalInt.of(2));

    String written = JSON.writeComplaint(noOrder);

    assertThat(tree(written).has("orderId")).isFalse();
    assertThat(tree(written).get("customer").has("email")).isFalse();
    assertThat(tree(written).get("lines").get(0).has("lot")).isFalse();
    assertThat(tree(written).get("rating").asInt()).isEqualTo(2);
    assertThat(JSON.readComplaint(written)).isEqualTo(noOrder);
  }

  @Test
  void givenNameAndLocalNameAreOptionalAndRoundTrip() {
    Complaint named =
        exampleComplaint().toBuilder()
            .customer(exampleComplaint().customer().withGivenName("Dana"))
            .lines(List.of(exampleComplaint().lines().get(0).withLocalName("presse-ail")))
            .build();

    String written = JSON.writeComplaint(named);

    assertThat(tree(written).get("customer").get("givenName").asText()).isEqualTo("Dana");
    assertThat(tree(written).get("lines").get(0).get("localName").asText()).isEqualTo("presse-ail");
    assertThat(JSON.readComplaint(written)).isEqualTo(named);
    assertThat(tree(JSON.writeComplaint(exampleComplaint())).get("customer").has("givenName"))
        .isFalse();
  }

  @Test
  void optionalFieldsMayBeNullAndListsMessageAndLanguageMayBeLeftOut() {
    Complaint c =
        JSON.readComplaint(
            """
            {"id": "c-1", "customer": {"id": "k", "name": "N", "email": null, "locale": "es-MX"},
             "receivedAt": "2026-11-20T10:15:00Z", "channel": "CHAT", "kind": "OTHER",
             "severity": "MINOR", "mood": "CALM", "cause": "UNKNOWN", "orderId": null}
            """);

    assertThat(c.customer().email()).isEmpty();
    assertThat(c.orderId()).isEmpty();
    assertThat(c.lines()).isEmpty();
    assertThat(c.message()).isEmpty();
    assertThat(c.language()).isEqualTo(Locale.forLanguageTag("es-MX"));
    assertThat(c.rating()).isEmpty();
  }

  @Test
  void anyComplaintRoundTripsToAnEqualValue() {
    qt().withExamples(300)
        .forAll(DomainGenerators.complaints())
        .checkAssert(c -> assertThat(JSON.readComplaint(JSON.writeComplaint(c))).isEqualTo(c));
  }

  @Test
  void anyLocalGenderRoundTripsWithItsLocalName() {
    qt().withExamples(200)
        .forAll(
            DomainGenerators.complaints(),
            org.quicktheories.generators.Generate.enumValues(GrammaticalGender.class))
        .checkAssert(
            (c, gender) -> {
              List<OrderLine> gendered = new java.util.ArrayList<>();
              for (OrderLine line : c.lines()) {
                gendered.add(line.withLocalName("cafeteira").withLocalGender(gender));
              }
              Complaint complaint = c.toBuilder().lines(gendered).build();

              String written = JSON.writeComplaint(complaint);

              for (int i = 0; i < gendered.size(); i++) {
                assertThat(tree(written).get("lines").get(i).get("localGender").asText())
                    .isEqualTo(gender.name());
              }
              assertThat(JSON.readComplaint(written)).isEqualTo(complaint);
            });
  }

  @Test
  void aLineWithoutAGenderWritesNoLocalGender() {
    assertThat(tree(JSON.writeComplaint(exampleComplaint())).get("lines").get(0).has("localGender"))
        .isFalse();
  }

  @Test
  void anyHistoryRoundTripsToAnEqualValue() {
    qt().withExamples(300)
        .forAll(DomainGenerators.histories())
        .checkAssert(h -> assertThat(JSON.readHistory(JSON.writeHistory(h))).isEqualTo(h));
  }

  @Test
  void anyPlanRoundTripsToAnEqualValue() {
    qt().withExamples(300)
        .forAll(DomainGenerators.plans())
        .checkAssert(p -> assertThat(JSON.readPlan(JSON.writePlan(p))).isEqualTo(p));
  }

  @Test
  void everyActionTypeRoundTrips() {
    for (ActionType type : ActionType.values()) {
      qt().withExamples(40)
          .forAll(DomainGenerators.action(type))
          .checkAssert(
              a -> {
                RecoveryPlan plan = planOf(List.of(a));
                assertThat(JSON.readPlan(JSON.writePlan(plan))).isEqualTo(plan);
              });
    }
  }

  @Test
  void prettyPrintedOutputReadsBackEqual() {
    RecoveryJson pretty = JSON.withPrettyPrinting(true);
    qt().withExamples(50)
        .forAll(DomainGenerators.plans())
        .checkAssert(p -> assertThat(pretty.readPlan(pretty.writePlan(p))).isEqualTo(p));
  }

  static RecoveryPlan planOf(List<RecoveryAction> actions) {
    return new RecoveryPlan(
        "c-1001",
        actions,
        Instant.parse("2026-11-21T10:15:00Z"),
        Tone.FORMAL_APOLOGY,
        List.of(
            OwnershipStatement.of(OwnershipKey.WE_GOT_IT_WRONG),
            OwnershipStatement.of(OwnershipKey.PERSONAL_OWNER, "owner", "Sam Reyes")),
        0.75,
        AccountStatus.YELLOW,
        List.of(new Reason("remedy.damaged.replace", "A damaged item is replaced at once.")));
  }

  static RecoveryPlan planWithEveryAction() {
    Instant at = Instant.parse("2026-11-21T10:15:00Z");
    Money usd = Money.of("24.99", "USD");
    return planOf(
        List.of(
            new Refund(usd, List.of("GP-100")),
            new Replacement("GP-100", 1, at),
            new Exchange("TS-M", 1, at),
            new Guidance(Optional.of("GP-100"), Guidance.Fallback.REFUND),
            Credit.ofAmount(Money.of("10.00", "USD"), Instant.parse("2027-05-20T00:00:00Z")),
            Credit.ofPercent(15, Instant.parse("2027-05-20T00:00:00Z")),
            new ReturnRequest("GP-100", Optional.of("L2026-41"), true, true),
            new Investigation("GP-100", Optional.of("L2026-41")),
            new ProcessFix(ProcessFix.Area.QUALITY_CONTROL, Optional.of("GP-100")),
            new Escalation("Quality team", Escalation.Why.REPEATED_FAILURES, at),
            new Approval(Money.of("250.00", "USD"), "Finance", at),
            new StopSaleReview("GP-100", "3 DAMAGED incidents in 30 days"),
            new FollowUp(Instant.parse("2026-11-28T10:15:00Z"), FollowUp.Why.CONFIRM_ARRIVAL),
            new AccountFix(AccountFix.Change.UNSUBSCRIBE),
            new Reship("GP-100", 1, at, true)));
  }

  @Test
  void planWritesEveryActionInTheDocumentedShape() {
    String written = JSON.withPrettyPrinting(true).writePlan(planWithEveryAction());

    assertThat(written + "\n").isEqualTo(resource("plan-every-action.json"));
    assertThat(JSON.readPlan(written)).isEqualTo(planWithEveryAction());
  }

  @Test
  void writesUtf8BytesToStreamsAndTheSameTextToWriters() {
    Complaint c =
        exampleComplaint().toBuilder().message("Le manche s'est cassé 😀 \"net\"").build();
    var bytes = new ByteArrayOutputStream();
    var chars = new StringWriter();

    JSON.writeComplaint(c, bytes);
    JSON.writeComplaint(c, chars);

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(JSON.writeComplaint(c));
    assertThat(chars.toString()).isEqualTo(JSON.writeComplaint(c));
    assertThat(chars.toString()).contains("cassé 😀 \\\"net\\\"");
  }

  /**
   * Compares with texts committed to the repository, so that an order that changes from one run to
   * the next (a hash map or {@code Map.of}, whose iteration order is salted per JVM) fails here
   * instead of passing twice in one process. The parameters come from {@code Map.of} on purpose.
   */
  @Test
  void writingGivesTheCommittedTextInEveryRun() {
    RecoveryPlan plan =
        new RecoveryPlan(
            "c-1001",
            planWithEveryAction().actions(),
            Instant.parse("2026-11-21T10:15:00Z"),
            Tone.FRIENDLY_FIX,
            List.of(
                new OwnershipStatement(
                    OwnershipKey.PERSONAL_OWNER,
                    Map.of(
                        "owner", "Sam Reyes", "team", "Care", "area", "PACKAGING", "count", "3")),
                new OwnershipStatement(
                    OwnershipKey.ROOT_CAUSE_FIX, Map.of("zone", "EU", "area", "QUALITY_CONTROL"))),
            0.5,
            AccountStatus.RED,
            List.of(
                new Reason("remedy.damaged.replace", "A damaged item is replaced at once."),
                new Reason("repeat.second", "Second failure in the window.")));

    assertThat(JSON.writePlan(plan) + "\n").isEqualTo(resource("plan-golden.json"));
    assertThat(JSON.writeComplaint(exampleComplaint()) + "\n")
        .isEqualTo(resource("complaint-golden.json"));
    assertThat(JSON.writeHistory(JSON.readHistory(resource("history-example.json"))) + "\n")
        .isEqualTo(resource("history-golden.json"));
  }

  @Test
  void readsFromEverySource(@TempDir Path dir) throws IOException {
    String example = resource("complaint-example.json");
    Path file = dir.resolve("complaint.json");
    Files.writeString(file, example);
    Complaint expected = exampleComplaint();

    assertThat(JSON.readComplaint(new StringReader(example))).isEqualTo(expected);
    assertThat(
            JSON.readComplaint(new ByteArrayInputStream(example.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(expected);
    assertThat(JSON.readComplaint(file)).isEqualTo(expected);

    String history = resource("history-example.json");
    Files.writeString(file, history);
    assertThat(JSON.readHistory(file)).isEqualTo(JSON.readHistory(history));
    assertThat(JSON.readHistory(new StringReader(history))).isEqualTo(JSON.readHistory(history));
    assertThat(JSON.readHistory(new ByteArrayInputStream(history.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(JSON.readHistory(history));

    String plan = JSON.writePlan(planWithEveryAction());
    Files.writeString(file, plan);
    assertThat(JSON.readPlan(file)).isEqualTo(planWithEveryAction());
    assertThat(JSON.readPlan(new StringReader(plan))).isEqualTo(planWithEveryAction());
    assertThat(JSON.readPlan(new ByteArrayInputStream(plan.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(planWithEveryAction());
  }

  @Test
  void historyAndPlanWritersFlushToStreams() {
    var bytes = new ByteArrayOutputStream();
    var chars = new StringWriter();
    CustomerHistory h = JSON.readHistory(resource("history-example.json"));

    JSON.writeHistory(h, bytes);
    JSON.writeHistory(h, chars);

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(JSON.writeHistory(h));
    assertThat(chars.toString()).isEqualTo(JSON.writeHistory(h));

    var planBytes = new ByteArrayOutputStream();
    var planChars = new StringWriter();
    JSON.writePlan(planWithEveryAction(), planBytes);
    JSON.writePlan(planWithEveryAction(), planChars);
    assertThat(planBytes.toString(StandardCharsets.UTF_8))
        .isEqualTo(JSON.writePlan(planWithEveryAction()));
    assertThat(planChars.toString()).isEqualTo(JSON.writePlan(planWithEveryAction()));
  }

  @Test
  void ownershipParametersAreWrittenSortedByName() {
    RecoveryPlan base = planOf(List.of());
    RecoveryPlan plan =
        new RecoveryPlan(
            base.complaintId(),
            base.actions(),
            base.respondBy(),
            base.tone(),
            List.of(
                new OwnershipStatement(OwnershipKey.ROOT_CAUSE_FIX, Map.of("z", "1", "a", "2"))),
            base.goodwill(),
            base.accountStatus(),
            base.reasons());

    assertThat(JSON.writePlan(plan)).contains("\"parameters\":{\"a\":\"2\",\"z\":\"1\"}");
  }

  @Test
  void oneInstanceServesManyThreadsAtOnce() throws Exception {
    List<RecoveryPlan> plans = new java.util.ArrayList<>();
    qt().withExamples(200).forAll(DomainGenerators.plans()).checkAssert(plans::add);
    List<String> expected = plans.stream().map(JSON::writePlan).toList();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      var start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < plans.size(); i++) {
                    String written = JSON.writePlan(plans.get(i));
                    if (!written.equals(expected.get(i))
                        || !JSON.readPlan(written).equals(plans.get(i))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      start.countDown();
      for (var result : results) {
        assertThat(result.get(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
