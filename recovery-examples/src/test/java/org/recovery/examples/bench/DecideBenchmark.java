package org.recovery.examples.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.recovery.core.Complaint;
import org.recovery.core.CustomerHistory;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.RecoveryPolicy;

/**
 * Decisions per second on one thread for a typical complaint with a ten-incident history, reasons
 * included: the engine side by side with the same default remedies as a plain if/else method (the
 * floor) and as Easy Rules 4.1.0 rules. {@code DecideBaselinesTest} checks all three give equal
 * plans. Run with {@code -prof gc} to see the bytes allocated per decision.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecideBenchmark {
  private final RecoveryPolicy policy = RecoveryPolicy.defaults();
  private final EasyRulesDecider easyRules = new EasyRulesDecider();
  private final Complaint complaint = DecideScenarios.typicalComplaint();
  private final CustomerHistory history = DecideScenarios.typicalHistory();

  /**
   * Decides with the engine.
   *
   * @return the plan
   */
  @Benchmark
  public RecoveryPlan recoveryPolicy() {
    return policy.decide(complaint, history, DecideScenarios.NOW);
  }

  /**
   * Decides with the plain if/else method.
   *
   * @return the plan
   */
  @Benchmark
  public RecoveryPlan plainIfElse() {
    return PlainIfElseDecider.decide(complaint, history, DecideScenarios.NOW);
  }

  /**
   * Decides with Easy Rules.
   *
   * @return the plan
   */
  @Benchmark
  public RecoveryPlan easyRules() {
    return easyRules.decide(complaint, history, DecideScenarios.NOW);
  }
}
