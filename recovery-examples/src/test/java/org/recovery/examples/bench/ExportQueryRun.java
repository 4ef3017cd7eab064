package org.recovery.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.recovery.nps.NpsReport;
import org.recovery.nps.NpsResult;
import org.recovery.nps.io.SurveyReader;

/**
 * Answers one {@link ExportQuery} with one engine in its own process, so that {@link
 * ExportComparison} can time the whole process and read its peak memory. Prints {@code RESULT} with
 * the counts (to check that the engines agree) and {@code PEAK_RSS_KB} (the process's VmHWM).
 *
 * <p>Arguments: engine ({@code reference}, {@code fast} or {@code duckdb}), query ({@code OVERALL},
 * {@code BY_COUNTRY}, {@code BY_ISO_WEEK}), file, threads.
 */
public final class ExportQueryRun {

  private ExportQueryRun() {}

  /**
   * Runs one query.
   *
   * @param args engine, query, file, threads
   * @throws Exception when the query fails
   */
  public static void main(String[] args) throws Exception {
    String engine = args[0];
    ExportQuery query = ExportQuery.valueOf(args[1]);
    Path file = Path.of(args[2]);
    int threads = Integer.parseInt(args[3]);
    String result =
        switch (engine) {
          case "reference" -> reference(query.reader(threads), file);
          case "fast" -> counts(query.reader(threads).read(file));
          case "duckdb" -> duckdb(query, file, threads);
          default -> throw new IllegalArgumentException("unknown engine " + engine);
        };
    System.out.println("RESULT " + result);
    System.out.println("PEAK_RSS_KB " + peakRssKb());
  }

  private static String reference(SurveyReader reader, Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return counts(reader.read(in));
    }
  }

  private static String counts(NpsReport report) {
    NpsResult o = report.overall();
    int groups = Math.max(1, Math.max(report.segments().size(), report.periods().size()));
    return line(
        o.responses(),
        o.promoters(),
        o.passives(),
        o.detractors(),
        report.rejected().count(),
        groups);
  }

  private static String duckdb(ExportQuery query, Path file, int threads) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("SET threads = " + threads);
      s.execute("SET TimeZone = 'UTC'");
      long responses = 0;
      long promoters = 0;
      long passives = 0;
      long detractors = 0;
      long rejected = 0;
      int groups = 0;
      try (ResultSet r = s.executeQuery(query.sql(file))) {
        while (r.next()) {
          responses += r.getLong("responses");
          promoters += r.getLong("promoters");
          passives += r.getLong("passives");
          detractors += r.getLong("detractors");
          rejected += r.getLong("rejected");
          groups++;
        }
      }
      return line(responses, promoters, passives, detractors, rejected, groups);
    }
  }

  private static String line(
      long responses, long promoters, long passives, long detractors, long rejected, int groups) {
    return String.format(
        Locale.ROOT,
        "responses=%d promoters=%d passives=%d detractors=%d rejected=%d groups=%d",
        responses,
        promoters,
        passives,
        detractors,
        rejected,
        groups);
  }

  private static long peakRssKb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }
}
