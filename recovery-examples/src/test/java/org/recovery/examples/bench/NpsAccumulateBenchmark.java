package org.recovery.examples.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.recovery.nps.NpsAccumulator;
import org.recovery.nps.NpsResult;

/**
 * Scores accumulated per second on one thread, unweighted and weighted, and the cost of merging two
 * accumulators (what a parallel read or a Spark job does once per partition). Scores are
 * pre-generated so the benchmark measures the accumulator alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NpsAccumulateBenchmark {

  private static final int SCORES = 10_000;

  private final int[] scores = new int[SCORES];
  private final double[] weights = new double[SCORES];
  private NpsAccumulator left = NpsAccumulator.create();
  private NpsAccumulator right = NpsAccumulator.create();

  /** Draws a realistic score mix: many 9s and 10s, a long tail of detractors. */
  @Setup
  public void setUp() {
    var random = new Random(42);
    for (int i = 0; i < SCORES; i++) {
      double r = random.nextDouble();
      scores[i] =
          r < 0.45 ? 9 + random.nextInt(2) : r < 0.75 ? 7 + random.nextInt(2) : random.nextInt(7);
      weights[i] = 0.5 + random.nextDouble();
    }
    left = NpsAccumulator.create();
    right = NpsAccumulator.create();
    for (int i = 0; i < SCORES; i++) {
      (i % 2 == 0 ? left : right).add(scores[i]);
    }
  }

  /**
   * Adds 10,000 scores to a fresh accumulator; the score reported is per score added.
   *
   * @return the result, so the work is not eliminated
   */
  @Benchmark
  @OperationsPerInvocation(SCORES)
  public NpsResult add() {
    var accumulator = NpsAccumulator.create();
    for (int score : scores) {
      accumulator.add(score);
    }
    return accumulator.result();
  }

  /**
   * Adds 10,000 weighted scores; the score reported is per score added.
   *
   * @return the result
   */
  @Benchmark
  @OperationsPerInvocation(SCORES)
  public NpsResult addWeighted() {
    var accumulator = NpsAccumulator.create();
    for (int i = 0; i < SCORES; i++) {
      accumulator.add(scores[i], weights[i]);
    }
    return accumulator.result();
  }

  /**
   * Merges two accumulators of 5,000 scores each into a copy and computes the result.
   *
   * @return the merged result
   */
  @Benchmark
  public NpsResult mergeAndResult() {
    return left.copy().merge(right).result();
  }
}
