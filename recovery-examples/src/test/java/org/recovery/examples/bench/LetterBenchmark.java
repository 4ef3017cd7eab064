package org.recovery.examples.bench;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.recovery.core.AccountStatus;
import org.recovery.core.Cause;
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
import org.recovery.core.Tone;
import org.recovery.core.action.Credit;
import org.recovery.core.action.FollowUp;
import org.recovery.core.action.Investigation;
import org.recovery.core.action.ProcessFix;
import org.recovery.core.action.Refund;
import org.recovery.core.action.Replacement;
import org.recovery.core.action.ReturnRequest;
import org.recovery.templates.Letter;
import org.recovery.templates.PhraseBook;

/**
 * HTML letters per second on one thread for a typical plan (refund, replacement, optional return,
 * investigation, process fix, credit, follow-up, two ownership statements), against an equivalent
 * mustache.java 0.9.14 template that renders the same letter byte for byte.
 *
 * <ul>
 *   <li>{@code recovery} / {@code mustache}: from complaint and plan to HTML, all formatting
 *       (money, dates), phrase choice and escaping included on both sides.
 *   <li>{@code recoveryRenderOnly} / {@code mustacheRenderOnly}: only the last step, from a built
 *       {@link Letter} or a built mustache scope to HTML.
 * </ul>
 *
 * <p>Run: {@code mvn -B -q -Pbench -pl recovery-examples -am test -DskipTests
 * -Dbench.args="LetterBenchmark"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class LetterBenchmark {
  static final ZoneId ZONE = ZoneOffset.UTC;

  Complaint complaint = complaint();
  RecoveryPlan plan = plan();
  PhraseBook phrases = PhraseBook.defaults();
  MustacheLetter mustache = new MustacheLetter(ZONE);
  Letter built = letter(complaint, plan, phrases);
  Map<String, Object> scope = mustache.scope(complaint, plan);

  /** Checks, before measuring, that both sides write the same letter. */
  @Setup
  public void sameLetterOnBothSides() {
    String ours = recovery();
    String theirs = mustache();
    if (!ours.equals(theirs)) {
      throw new IllegalStateException(
          "the mustache baseline no longer renders the same letter:\n" + ours + "\n---\n" + theirs);
    }
  }

  /**
   * Writes and renders the letter from the complaint and plan.
   *
   * @return the HTML
   */
  @Benchmark
  public String recovery() {
    return letter(complaint, plan, phrases).toHtml();
  }

  /**
   * Builds the mustache scope from the complaint and plan, then executes the template.
   *
   * @return the HTML
   */
  @Benchmark
  public String mustache() {
    return mustache.render(complaint, plan);
  }

  /**
   * Renders an already written letter.
   *
   * @return the HTML
   */
  @Benchmark
  public String recoveryRenderOnly() {
    return built.toHtml();
  }

  /**
   * Executes the template on an already built scope.
   *
   * @return the HTML
   */
  @Benchmark
  public String mustacheRenderOnly() {
    return mustache.execute(scope);
  }

  static Letter letter(Complaint complaint, RecoveryPlan plan, PhraseBook phrases) {
    return Letter.builder(complaint, plan).phrases(phrases).zone(ZONE).build();
  }

  static Complaint complaint() {
    return Complaint.builder()
        .id("c-1001")
        .customer(Customer.of("cust-42", "Dana Whitfield", "dana@example.com", Locale.ENGLISH))
        .receivedAt(Instant.parse("2026-11-20T10:15:00Z"))
        .kind(IssueKind.DAMAGED)
        .cause(Cause.PRODUCT_DEFECT)
        .mood(Mood.FRUSTRATED)
        .line(OrderLine.of("GP-100", "Garlic press", "L2026-41", 1, Money.of("24.99", "USD")))
        .message("The handle snapped the first time I used it.")
        .build();
  }

  static RecoveryPlan plan() {
    Instant t = Instant.parse("2026-11-20T10:15:00Z");
    return new RecoveryPlan(
        "c-1001",
        List.of(
            new Refund(Money.of("24.99", "USD"), List.of("GP-100")),
            new Replacement("GP-100", 1, t.plus(1, ChronoUnit.DAYS)),
            new ReturnRequest("GP-100", Optional.of("L2026-41"), true, true),
            new Investigation("GP-100", Optional.of("L2026-41")),
            new ProcessFix(ProcessFix.Area.QUALITY_CONTROL, Optional.of("GP-100")),
            Credit.ofAmount(Money.of("10.00", "USD"), t.plus(90, ChronoUnit.DAYS)),
            new FollowUp(t.plus(7, ChronoUnit.DAYS), FollowUp.Why.CONFIRM_ARRIVAL)),
        t.plus(4, ChronoUnit.HOURS),
        Tone.FORMAL_APOLOGY,
        List.of(
            OwnershipStatement.of(OwnershipKey.WE_GOT_IT_WRONG),
            OwnershipStatement.of(OwnershipKey.ROOT_CAUSE_FIX, "area", "QUALITY_CONTROL")),
        0.8,
        AccountStatus.GREEN,
        List.of(new Reason("bench.typical", "A typical serious failure, built by hand.")));
  }
}
