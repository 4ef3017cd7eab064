package org.recovery.examples.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares Recovery's two read paths with DuckDB on one survey export: overall NPS, NPS by country
 * and NPS by ISO week, each tool in a child JVM of its own so that wall time and peak RSS (the
 * child's VmHWM) are per process. The tools are {@code recovery-reference} (the sequential
 * reference reader), {@code recovery-fast} (the parallel byte scan behind {@code
 * SurveyReader.read(Path)}) and {@code duckdb-jdbc}. Prints one table and checks that every tool
 * counted the same promoters, passives, detractors and rejected rows per group.
 *
 * <pre>
 * java -cp … org.recovery.examples.bench.ExportGenerator 10000000 /tmp/nps-10m.csv
 * java -Dchild.xmx=64m -cp … org.recovery.examples.bench.NpsExportComparison /tmp/nps-10m.csv [runs]
 *     [--threads N] [--tools recovery-reference,recovery-fast,duckdb-jdbc]
 * </pre>
 *
 * <p>Each (query, tool) pair runs {@code runs} times (default 3); rounds are interleaved (every
 * tool once per query, then again) so that noise from other work on the machine falls on all tools
 * alike. The table shows the best and the median wall time, MB/s of the best run, the highest peak
 * RSS of all runs, and the ratio to DuckDB's best and median. {@code --threads} limits Recovery's
 * fast path and DuckDB alike (default: all cores). Exit status 1 when the tools disagree.
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

  private static final List<String> TOOLS =
      List.of("recovery-reference", "recovery-fast", "duckdb-jdbc");

  private NpsExportComparison() {}

  /**
   * Runs the comparison.
   *
   * @param args the export file, optionally the number of runs per pair, {@code --threads N} and
   *     {@code --tools a,b}
   * @throws IOException if a child cannot be started
   * @throws InterruptedException if interrupted while waiting for a child
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path file = Path.of(args[0]).toAbsolutePath();
    int runs = 3;
    int threads = Runtime.getRuntime().availableProcessors();
    List<String> tools = TOOLS;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--tools" -> tools = List.of(args[++i].split(","));
        default -> runs = Integer.parseInt(args[i]);
      }
    }
    long bytes = Files.size(file);
    Map<Query, Map<String, List<Run>>> all = new EnumMap<>(Query.class);
    for (int round = 0; round < runs; round++) {
      for (Query query : Query.values()) {
        for (String tool : tools) {
          Run run = child(tool, file, query, threads);
          System.err.printf(
              Locale.ROOT,
              "round %d %-8s %-18s %7.2f s %6.0f MB%n",
              round + 1,
              query.name().toLowerCase(Locale.ROOT),
              tool,
              run.seconds(),
              run.peakRssKb() / 1024.0);
          all.computeIfAbsent(query, q -> new LinkedHashMap<>())
              .computeIfAbsent(tool, t -> new ArrayList<>())
              .add(run);
        }
      }
    }
    boolean agree = true;
    System.out.printf(
        Locale.ROOT,
        "file %s, %.1f MB, %d runs each (interleaved), %d threads, child heap %s, %d cores%n",
        file,
        bytes / 1e6,
        runs,
        threads,
        System.getProperty("child.xmx", "default"),
        Runtime.getRuntime().availableProcessors());
    System.out.println(
        "| query | tool | best wall s | median wall s | MB/s (best) | peak RSS MB (max) |"
            + " vs DuckDB best / median | result |");
    System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |");
    for (Map.Entry<Query, Map<String, List<Run>>> q : all.entrySet()) {
      List<Run> duck = q.getValue().get("duckdb-jdbc");
      String reference = null;
      for (Map.Entry<String, List<Run>> t : q.getValue().entrySet()) {
        List<Run> list = t.getValue();
        for (Run r : list) {
          if (reference == null) {
            reference = r.result();
          } else if (!reference.equals(r.result())) {
            agree = false;
          }
        }
        double best = best(list);
        double median = median(list);
        String ratio =
            duck == null || t.getKey().equals("duckdb-jdbc")
                ? ""
                : String.format(
                    Locale.ROOT, "%.2f× / %.2f×", best / best(duck), median / median(duck));
        System.out.printf(
            Locale.ROOT,
            "| %s | %s | %.2f | %.2f | %.0f | %.0f | %s | %s |%n",
            q.getKey().name().toLowerCase(Locale.ROOT),
            t.getKey(),
            best,
            median,
            bytes / 1e6 / best,
            list.stream().mapToLong(Run::peakRssKb).max().orElse(-1) / 1024.0,
            ratio,
            list.get(0).result());
      }
    }
    System.out.println(agree ? "counts agree" : "COUNTS DIFFER");
    if (!agree) {
      System.exit(1);
    }
  }

  private static double best(List<Run> runs) {
    return runs.stream().mapToDouble(Run::seconds).min().orElseThrow();
  }

  private static double median(List<Run> runs) {
    double[] s = runs.stream().mapToDouble(Run::seconds).sorted().toArray();
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static Run child(String tool, Path file, Query query, int threads)
      throws IOException, InterruptedException {
    List<String> arguments = new ArrayList<>();
    switch (tool) {
      case "recovery-reference" ->
          arguments.addAll(List.of(RecoveryExportQuery.class.getName(), "", "", "reference", "1"));
      case "recovery-fast" ->
          arguments.addAll(
              List.of(
                  RecoveryExportQuery.class.getName(), "", "", "fast", Integer.toString(threads)));
      case "duckdb-jdbc" ->
          arguments.addAll(
              List.of(DuckDbExportQuery.class.getName(), "", "", Integer.toString(threads)));
      default -> throw new IllegalArgumentException("unknown tool " + tool);
    }
    arguments.set(1, file.toString());
    arguments.set(2, query.name().toLowerCase(Locale.ROOT));
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
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.addAll(arguments);
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
