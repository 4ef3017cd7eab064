package org.recovery.examples.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every JMH benchmark in this package (each class named {@code *Benchmark}) and prints one
 * table: benchmark, mode, samples, score, error, units and bytes allocated per operation.
 *
 * <p>Arguments are JMH's own ({@code -f}, {@code -wi}, {@code -i}, {@code -prof}, a benchmark
 * regex…); without them the suite runs 1 fork, 3 warm-up and 5 measured iterations of 1 second
 * each, with the GC profiler. From the repository root:
 *
 * <pre>mvn -B -q -Pbench -pl recovery-examples -am test -DskipTests</pre>
 *
 * and {@code -Dbench.args="DecideBenchmark -i 10"} to pass arguments.
 */
public final class BenchmarkSuite {

  /** The benchmarks of this package, and only those (JMH matches the regex with find). */
  static final String ALL = "^org\\.recovery\\.examples\\.bench\\.[A-Za-z0-9_]*Benchmark\\.";

  private BenchmarkSuite() {}

  /**
   * Runs the suite.
   *
   * @param args JMH command-line options; empty for the suite's defaults
   * @throws RunnerException if JMH cannot run
   */
  public static void main(String[] args) throws RunnerException {
    CommandLineOptions given;
    try {
      given = new CommandLineOptions(args);
    } catch (CommandLineOptionException e) {
      System.err.println("bench: " + e.getMessage());
      System.exit(2);
      return;
    }
    ChainedOptionsBuilder options = new OptionsBuilder().parent(given);
    if (given.getIncludes().isEmpty()) {
      options.include(ALL);
    }
    if (!given.getForkCount().hasValue()) {
      options.forks(1);
    }
    if (!given.getWarmupIterations().hasValue()) {
      options.warmupIterations(3);
    }
    if (!given.getWarmupTime().hasValue()) {
      options.warmupTime(TimeValue.seconds(1));
    }
    if (!given.getMeasurementIterations().hasValue()) {
      options.measurementIterations(5);
    }
    if (!given.getMeasurementTime().hasValue()) {
      options.measurementTime(TimeValue.seconds(1));
    }
    // The forks have no logging backend: select slf4j's own no-op provider so that its
    // "no providers" warning does not land in the middle of the progress lines.
    var jvmArgs = new ArrayList<String>(given.getJvmArgsAppend().orElse(List.of()));
    jvmArgs.add("-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider");
    jvmArgs.add("-Dslf4j.internal.verbosity=WARN");
    options.jvmArgsAppend(jvmArgs.toArray(String[]::new));
    if (given.getProfilers().isEmpty()) {
      options.addProfiler(GCProfiler.class);
    }
    System.out.println(machine());
    Collection<RunResult> results;
    try {
      results = new Runner(options.build(), new SuiteProgress(System.err)).run();
    } catch (NoBenchmarksException e) {
      System.err.println("bench: no benchmark matched; the suite runs classes named *Benchmark");
      System.exit(2);
      return;
    }
    System.out.println();
    System.out.print(ResultTable.of(results).render());
  }

  /** Names the machine, since every figure depends on it. */
  private static String machine() {
    Runtime rt = Runtime.getRuntime();
    return String.format(
        Locale.ROOT,
        "Recovery benchmark suite on %s %s (%s), %d cores, JDK %s (%s), max heap %d MB",
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("os.arch"),
        rt.availableProcessors(),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        rt.maxMemory() / (1024 * 1024));
  }
}
