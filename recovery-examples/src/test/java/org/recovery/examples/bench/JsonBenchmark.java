package org.recovery.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.recovery.core.AccountStatus;
import org.recovery.core.Cause;
import org.recovery.core.Channel;
import org.recovery.core.Complaint;
import org.recovery.core.Customer;
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
import org.recovery.core.action.Approval;
import org.recovery.core.action.Credit;
import org.recovery.core.action.Escalation;
import org.recovery.core.action.Exchange;
import org.recovery.core.action.FollowUp;
import org.recovery.core.action.Guidance;
import org.recovery.core.action.Investigation;
import org.recovery.core.action.ProcessFix;
import org.recovery.core.action.Refund;
import org.recovery.core.action.Replacement;
import org.recovery.core.action.Reship;
import org.recovery.core.action.ReturnRequest;
import org.recovery.core.action.StopSaleReview;
import org.recovery.core.json.RecoveryJson;

/**
 * The cost of Recovery's strict, path-naming JSON reading and its writing, for the contract's
 * complaint example and a plan with one action of every type. The baseline is Jackson's own untyped
 * tree ({@code ObjectMapper.readTree}) over the same text: the floor for any reader that looks at
 * every token, without the checks or the model.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {

  private static final RecoveryJson JSON = RecoveryJson.defaults();
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private final Complaint complaint = complaint();
  private final RecoveryPlan plan = plan();
  private final String complaintJson = JSON.writeComplaint(complaint);
  private final String planJson = JSON.writePlan(plan);

  /** Reads the contract's complaint example into the model. */
  @Benchmark
  public Complaint readComplaint() {
    return JSON.readComplaint(complaintJson);
  }

  /** Writes the contract's complaint example. */
  @Benchmark
  public String writeComplaint() {
    return JSON.writeComplaint(complaint);
  }

  /** Reads a plan with all fifteen kinds of action. */
  @Benchmark
  public RecoveryPlan readPlan() {
    return JSON.readPlan(planJson);
  }

  /** Writes a plan with all fifteen kinds of action. */
  @Benchmark
  public String writePlan() {
    return JSON.writePlan(plan);
  }

  /** Baseline: Jackson's untyped tree of the complaint, no checks, no model. */
  @Benchmark
  public JsonNode baselineJacksonTreeComplaint() throws IOException {
    return PLAIN.readTree(complaintJson);
  }

  /** Baseline: Jackson's untyped tree of the plan, no checks, no model. */
  @Benchmark
  public JsonNode baselineJacksonTreePlan() throws IOException {
    return PLAIN.readTree(planJson);
  }

  private static Complaint complaint() {
    return Complaint.builder()
        .id("c-1001")
        .customer(Customer.of("cust-42", "Dana Whitfield", "dana@example.com", Locale.US))
        .receivedAt(Instant.parse("2026-11-20T10:15:00Z"))
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

  private static RecoveryPlan plan() {
    Instant at = Instant.parse("2026-11-21T10:15:00Z");
    Instant expires = Instant.parse("2027-05-20T00:00:00Z");
    return new RecoveryPlan(
        "c-1001",
        List.of(
            new Refund(Money.of("24.99", "USD"), List.of("GP-100")),
            new Replacement("GP-100", 1, at),
            new Exchange("TS-M", 1, at),
            new Guidance(Optional.of("GP-100"), Guidance.Fallback.REFUND),
            Credit.ofAmount(Money.of("10.00", "USD"), expires),
            Credit.ofPercent(15, expires),
            new ReturnRequest("GP-100", Optional.of("L2026-41"), true, true),
            new Investigation("GP-100", Optional.of("L2026-41")),
            new ProcessFix(ProcessFix.Area.QUALITY_CONTROL, Optional.of("GP-100")),
            new Escalation("Quality team", Escalation.Why.REPEATED_FAILURES, at),
            new Approval(Money.of("250.00", "USD"), "Finance", at),
            new StopSaleReview("GP-100", "3 DAMAGED incidents in 30 days"),
            new FollowUp(Instant.parse("2026-11-28T10:15:00Z"), FollowUp.Why.CONFIRM_ARRIVAL),
            new AccountFix(AccountFix.Change.UNSUBSCRIBE),
            new Reship("GP-100", 1, at, true)),
        at,
        Tone.FORMAL_APOLOGY,
        List.of(
            OwnershipStatement.of(OwnershipKey.WE_GOT_IT_WRONG),
            OwnershipStatement.of(OwnershipKey.PERSONAL_OWNER, "owner", "Sam Reyes")),
        0.75,
        AccountStatus.YELLOW,
        List.of(new Reason("remedy.damaged.replace", "A damaged item is replaced at once.")));
  }
}
