package org.recovery.examples.bench;

import java.io.IOException;
import java.io.InputStream;
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
 * Compares Recovery's reference reader, its parallel fast path and DuckDB (JDBC) on the benchmark
 * export: overall NPS, NPS by country and NPS by ISO week, each engine in its own process (wall
 * time of the whole process, MB/s, peak RSS from the child's VmHWM). Runs are interleaved so that
 * noise from other work on the machine falls on every engine alike; best and median are reported.
 * Every run's counts must agree with the others', or the comparison fails.
 *
 * <p>Arguments: {@code FILE [--rows N] [--runs R] [--threads T] [--engines a,b,c] [--xmx SIZE]};
 * the file is generated with {@link BenchmarkExport} when missing (default 10,000,000 rows).
 */
public final class ExportComparison {

  private static final List<String> ENGINES = List.of("reference", "fast", "duckdb");

  private ExportComparison() {}

  /**
   * Runs the comparison and prints the table.
   *
   * @param args see the class documentation
   * @throws Exception when a run fails or the engines disagree
   */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    long rows = 10_000_000L;
    int runs = 3;
    int threads = Runtime.getRuntime().availableProcessors();
    List<String> engines = ENGINES;
    String xmx = "64m";
    for (int i = 1; i < args.length; i += 2) {
      switch (args[i]) {
        case "--rows" -> rows = Long.parseLong(args[i + 1]);
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        case "--engines" -> engines = List.of(args[i + 1].split(","));
        case "--xmx" -> xmx = args[i + 1];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (!Files.exists(file)) {
      System.err.printf(Locale.ROOT, "writing %,d rows to %s%n", rows, file);
      BenchmarkExport.write(file, rows, 20_261_124L);
    }
    double megabytes = Files.size(file) / 1e6;
    Map<ExportQuery, Map<String, List<Run>>> results = new EnumMap<>(ExportQuery.class);
    for (int round = 1; round <= runs; round++) {
      for (ExportQuery query : ExportQuery.values()) {
        for (String engine : engines) {
          Run run = run(engine, query, file, threads, xmx);
          System.err.printf(
              Locale.ROOT,
              "round %d %-11s %-9s %6.2f s %5d MB %s%n",
              round,
              query.label(),
              engine,
              run.seconds(),
              run.peakRssKb() / 1024,
              run.result());
          results
              .computeIfAbsent(query, q -> new LinkedHashMap<>())
              .computeIfAbsent(engine, e -> new ArrayList<>())
              .add(run);
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%s: %.0f MB, %d runs per cell, %d threads, child heap -Xmx%s, %d cores%n%n",
        file.getFileName(),
        megabytes,
        runs,
        threads,
        xmx,
        Runtime.getRuntime().availableProcessors());
    System.out.println(
        "| query | engine | best s | median s | MB/s (best) | peak RSS MB | vs DuckDB (best / median) |");
    System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
    for (Map.Entry<ExportQuery, Map<String, List<Run>>> q : results.entrySet()) {
      List<Run> duck = q.getValue().get("duckdb");
      String expected = null;
      for (Map.Entry<String, List<Run>> e : q.getValue().entrySet()) {
        List<Run> list = e.getValue();
        for (Run r : list) {
          if (expected == null) {
            expected = r.result();
          } else if (!expected.equals(r.result())) {
            throw new IllegalStateException(
                q.getKey().label()
                    + ": "
                    + e.getKey()
                    + " reported "
                    + r.result()
                    + " but "
                    + expected
                    + " was reported before");
          }
        }
        double best = list.stream().mapToDouble(Run::seconds).min().orElseThrow();
        double median = median(list);
        long rss = list.stream().mapToLong(Run::peakRssKb).max().orElseThrow() / 1024;
        String ratio =
            duck == null || e.getKey().equals("duckdb")
                ? ""
                : String.format(
                    Locale.ROOT,
                    "%.2f× / %.2f×",
                    best / duck.stream().mapToDouble(Run::seconds).min().orElseThrow(),
                    median / median(duck));
        System.out.printf(
            Locale.ROOT,
            "| %s | %s | %.2f | %.2f | %.0f | %d | %s |%n",
            q.getKey().label(),
            e.getKey(),
            best,
            median,
            megabytes / best,
            rss,
            ratio);
      }
    }
  }

  private static double median(List<Run> runs) {
    double[] s = runs.stream().mapToDouble(Run::seconds).sorted().toArray();
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static Run run(String engine, ExportQuery query, Path file, int threads, String xmx)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + xmx);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ExportQueryRun.class.getName());
    command.add(engine);
    command.add(query.name());
    command.add(file.toString());
    command.add(Integer.toString(threads));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (InputStream out = process.getInputStream()) {
      output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
    }
    int exit = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (exit != 0) {
      throw new IllegalStateException(engine + " " + query + " failed (" + exit + "):\n" + output);
    }
    String result = "";
    long rss = -1;
    for (String line : output.split("\n")) {
      if (line.startsWith("RESULT ")) {
        result = line.substring(7).trim();
      } else if (line.startsWith("PEAK_RSS_KB ")) {
        rss = Long.parseLong(line.substring(12).trim());
      }
    }
    return new Run(seconds, rss, result);
  }

  /** One timed process. */
  private record Run(double seconds, long peakRssKb, String result) {}
}
