package org.recovery.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.recovery.nps.NpsReport;
import org.recovery.nps.PeriodResult;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.SegmentResult;
import org.recovery.nps.io.SurveyReader;

/**
 * Runs one benchmark query with Recovery's reader in its own process and prints the counts and the
 * process's peak RSS, for {@link NpsExportComparison}. Stands in for {@code recovery nps} until the
 * command line reads exports. The path is {@code fast} (the default: {@code read(Path)}, the
 * parallel byte scan) or {@code reference} (the sequential reader, through {@code
 * read(InputStream)}); threads default to the number of cores.
 *
 * <pre>
 * java -cp … org.recovery.examples.bench.RecoveryExportQuery FILE overall|country|week [fast|reference] [THREADS]
 * </pre>
 */
public final class RecoveryExportQuery {
  private RecoveryExportQuery() {}

  /**
   * Runs the query.
   *
   * @param args the export file, the query name, optionally the path and the thread count
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    NpsExportComparison.Query query = NpsExportComparison.Query.valueOf(args[1].toUpperCase());
    boolean reference = args.length > 2 && args[2].equals("reference");
    int threads =
        args.length > 3 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors();
    var builder = SurveyReader.builder().scoreColumn("score").threads(threads);
    switch (query) {
      case COUNTRY -> builder.segmentColumns("country");
      case WEEK -> builder.timestampColumn("submitted_at").period(PeriodUnit.ISO_WEEK);
      default -> {}
    }
    NpsReport report;
    if (reference) {
      try (InputStream in = Files.newInputStream(file)) {
        report = builder.build().read(in);
      }
    } else {
      report = builder.build().read(file);
    }
    GroupCounts counts = new GroupCounts();
    switch (query) {
      case OVERALL ->
          counts.add(
              "all",
              report.overall().promoters(),
              report.overall().passives(),
              report.overall().detractors());
      case COUNTRY -> {
        for (SegmentResult s : report.segments()) {
          counts.add(
              s.key().get("country"),
              s.result().promoters(),
              s.result().passives(),
              s.result().detractors());
        }
      }
      case WEEK -> {
        for (PeriodResult p : report.periods()) {
          counts.add(
              p.period(), p.result().promoters(), p.result().passives(), p.result().detractors());
        }
      }
    }
    counts.rejected(report.rejected().count());
    System.out.println(counts.resultLine());
    System.out.println("PEAK_RSS_KB " + GroupCounts.peakRssKb());
  }
}
