package org.recovery.examples.bench;

import java.io.PrintStream;
import java.util.Collection;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.format.OutputFormat;

/**
 * Reports the suite's progress as one short line per benchmark (a dot per iteration), so that the
 * only table printed is the suite's own. Messages JMH prints (failures, warnings) pass through.
 */
final class SuiteProgress implements OutputFormat {

  private final PrintStream out;
  private int started;

  SuiteProgress(PrintStream out) {
    this.out = out;
  }

  @Override
  public void startBenchmark(BenchmarkParams params) {
    started++;
    String name = params.getBenchmark();
    out.println(
        "["
            + started
            + "] "
            + name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1)
            + params.getParamsKeys().stream()
                .map(k -> k + "=" + params.getParam(k))
                .reduce((a, b) -> a + ", " + b)
                .map(s -> "(" + s + ")")
                .orElse(""));
  }

  @Override
  public void iteration(BenchmarkParams benchmark, IterationParams params, int iteration) {}

  @Override
  public void iterationResult(
      BenchmarkParams benchmark, IterationParams params, int iteration, IterationResult data) {
    out.print('.');
    out.flush();
  }

  @Override
  public void endBenchmark(BenchmarkResult result) {
    if (result == null) {
      out.println(" failed");
      return;
    }
    var primary = result.getPrimaryResult();
    out.println(" -> " + ResultTable.number(primary.getScore()) + " " + primary.getScoreUnit());
  }

  @Override
  public void startRun() {}

  @Override
  public void endRun(Collection<RunResult> result) {}

  @Override
  public void print(String s) {
    out.print(s);
  }

  @Override
  public void println(String s) {
    out.println(s);
  }

  @Override
  public void flush() {
    out.flush();
  }

  @Override
  public void close() {
    out.flush();
  }

  @Override
  public void verbosePrintln(String s) {}

  @Override
  public void write(int b) {
    out.write(b);
  }

  @Override
  public void write(byte[] b) {
    out.write(b, 0, b.length);
  }
}
