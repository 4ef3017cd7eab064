package org.recovery.examples.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares Recovery's reader with DuckDB on one survey export: overall NPS, NPS by country and NPS
 * by ISO week, each tool in a child JVM of its own so that wall time and peak RSS (the child's
 * VmHWM) are per process. Prints one table and checks that both tools counted the same promoters,
 * passives, detractors and rejected rows per group.
 *
 * <pre>
 * java -cp … org.recovery.examples.bench.ExportGenerator 1000000 /tmp/nps-1m.csv
 * java -cp … org.recovery.examples.bench.NpsExportComparison /tmp/nps-1m.csv [runs]
 * </pre>
 *
 * <p>Each (query, tool) pair runs {@code runs} times (default 3); the table shows the fastest wall
 * time and its peak RSS. Exit status 1 when the tools disagree.
 */
public final class NpsExportComparison {

  /** The benchmark queries. */
  enum Query {
    /** One NPS over the whole file. */
    OVERALL,
    /** NPS per country. */
    COUNTRY,
    /** NPS per ISO week of submitted_at. */
    WEEK
  }

  /** A child process's outcome. */
  record Run(String tool, Query query, double seconds, long peakRssKb, String result) {}

  private NpsExportComparison() {}

  /**
   * Runs the comparison.
   *
   * @param args the export file and optionally the number of runs per pair
   * @throws IOException if a child cannot be started
   * @throws InterruptedException if interrupted while waiting for a child
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path file = Path.of(args[0]).toAbsolutePath();
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    long bytes = Files.size(file);
    List<String[]> tools =
        List.of(
            new String[] {"recovery-ref", RecoveryExportQuery.class.getName(), "stream"},
            new String[] {"recovery", RecoveryExportQuery.class.getName(), "path"},
            new String[] {"duckdb-jdbc", DuckDbExportQuery.class.getName(), ""});
    List<Run> best = new ArrayList<>();
    boolean agree = true;
    for (Query query : Query.values()) {
      String reference = null;
      for (String[] tool : tools) {
        Run fastest = null;
        for (int i = 0; i < runs; i++) {
          Run run = child(tool[0], tool[1], tool[2], file, query);
          if (fastest == null || run.seconds() < fastest.seconds()) {
            fastest = run;
          }
        }
        best.add(fastest);
        if (reference == null) {
          reference = fastest.result();
        } else if (!reference.equals(fastest.result())) {
          agree = false;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "file %s, %.1f MB, %d runs each, best wall time shown, %d cores%n",
        file,
        bytes / 1e6,
        runs,
        Runtime.getRuntime().availableProcessors());
    System.out.printf(
        Locale.ROOT,
        "%-8s %-12s %9s %9s %10s  %s%n",
        "query",
        "tool",
        "wall s",
        "MB/s",
        "peak RSS",
        "result");
    for (Run r : best) {
      System.out.printf(
          Locale.ROOT,
          "%-8s %-12s %9.2f %9.1f %7.0f MB  %s%n",
          r.query().name().toLowerCase(Locale.ROOT),
          r.tool(),
          r.seconds(),
          bytes / 1e6 / r.seconds(),
          r.peakRssKb() / 1024.0,
          r.result());
    }
    System.out.println(agree ? "counts agree" : "COUNTS DIFFER");
    if (!agree) {
      System.exit(1);
    }
  }

  private static Run child(String tool, String mainClass, String mode, Path file, Query query)
      throws IOException, InterruptedException {
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(System.getProperty("java.home") + "/bin/java");
    List<String> command = new ArrayList<>();
    command.add(java);
    String heap = System.getProperty("child.xmx");
    if (heap != null) {
      command.add("-Xmx" + heap);
    }
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            mainClass,
            file.toString(),
            query.name().toLowerCase(Locale.ROOT)));
    if (!mode.isEmpty()) {
      command.add(mode);
    }
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String result = "";
    long rss = -1;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("RESULT ")) {
          result = line.substring(7);
        } else if (line.startsWith("PEAK_RSS_KB ")) {
          rss = Long.parseLong(line.substring(12).trim());
        }
      }
    }
    int exit = p.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (exit != 0) {
      throw new IllegalStateException(tool + " " + query + " exited with status " + exit);
    }
    return new Run(tool, query, seconds, rss, result);
  }
}
