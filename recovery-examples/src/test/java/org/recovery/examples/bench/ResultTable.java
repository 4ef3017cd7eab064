package org.recovery.examples.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openjdk.jmh.results.RunResult;

/**
 * The benchmark suite's one table: benchmark, mode, samples, score, error, units and, when the GC
 * profiler ran, bytes allocated per operation.
 */
final class ResultTable {

  /** The secondary result of {@code -prof gc} that gives allocation per operation. */
  static final String ALLOC_NORM = "gc.alloc.rate.norm";

  /**
   * One measured benchmark.
   *
   * @param benchmark the class and method, with parameters, e.g. {@code
   *     DecideBenchmark.recovery(history=10)}
   * @param mode the JMH mode, e.g. {@code thrpt}
   * @param samples how many iterations were measured
   * @param score the mean
   * @param error the half-width of the 99.9% interval; NaN with too few samples
   * @param units the score's units, e.g. {@code ops/s}
   * @param bytesPerOp bytes allocated per operation, when the GC profiler ran
   */
  record Row(
      String benchmark,
      String mode,
      long samples,
      double score,
      double error,
      String units,
      Optional<Double> bytesPerOp) {}

  private final List<Row> rows;

  ResultTable(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /**
   * Builds the table from JMH's results, in the order JMH sorts them (by benchmark name).
   *
   * @param results the run's results
   * @return the table
   */
  static ResultTable of(Collection<RunResult> results) {
    var rows = new ArrayList<Row>();
    for (RunResult run : results) {
      var params = run.getParams();
      String name = params.getBenchmark();
      name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      var keys = new ArrayList<String>();
      for (String key : params.getParamsKeys()) {
        keys.add(key + "=" + params.getParam(key));
      }
      if (!keys.isEmpty()) {
        name += "(" + String.join(", ", keys) + ")";
      }
      Optional<Double> alloc = Optional.empty();
      var secondary = run.getSecondaryResults();
      for (String key : secondary.keySet()) {
        // JMH before 1.35 prefixed profiler results with a middle dot.
        if (key.replace("\u00b7", "").equals(ALLOC_NORM)) {
          alloc = Optional.of(secondary.get(key).getScore());
        }
      }
      rows.add(
          new Row(
              name,
              params.getMode().shortLabel(),
              run.getPrimaryResult().getSampleCount(),
              run.getPrimaryResult().getScore(),
              run.getPrimaryResult().getScoreError(),
              run.getPrimaryResult().getScoreUnit(),
              alloc));
    }
    return new ResultTable(rows);
  }

  /**
   * Renders the table with aligned columns; the allocation column appears only if some row has it.
   *
   * @return the text, one line per row after a header, each ending in a newline
   */
  String render() {
    boolean alloc = rows.stream().anyMatch(r -> r.bytesPerOp().isPresent());
    var header = new ArrayList<>(List.of("Benchmark", "Mode", "Cnt", "Score", "Error", "Units"));
    if (alloc) {
      header.add("Alloc B/op");
    }
    var cells = new ArrayList<List<String>>();
    cells.add(header);
    for (Row r : rows) {
      var line =
          new ArrayList<>(
              List.of(
                  r.benchmark(),
                  r.mode(),
                  Long.toString(r.samples()),
                  number(r.score()),
                  Double.isNaN(r.error()) ? "" : "± " + number(r.error()),
                  r.units()));
      if (alloc) {
        line.add(r.bytesPerOp().map(ResultTable::number).orElse(""));
      }
      cells.add(line);
    }
    int[] widths = new int[header.size()];
    for (var line : cells) {
      for (int i = 0; i < line.size(); i++) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    }
    var text = new StringBuilder();
    for (var line : cells) {
      var out = new StringBuilder();
      for (int i = 0; i < line.size(); i++) {
        String cell = line.get(i);
        // Names and words read left-aligned; numbers right-aligned so digits line up.
        boolean left = i == 0 || i == 1 || i == 5;
        String pad = " ".repeat(widths[i] - cell.length());
        out.append(i == 0 ? "" : "  ").append(left ? cell + pad : pad + cell);
      }
      text.append(out.toString().stripTrailing()).append('\n');
    }
    return text.toString();
  }

  /** Large numbers with thousands separators and no decimals; small ones with three. */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    return Math.abs(value) >= 100
        ? String.format(Locale.ROOT, "%,.0f", value)
        : String.format(Locale.ROOT, "%.3f", value);
  }
}
