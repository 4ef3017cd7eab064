package org.recovery.examples.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.recovery.nps.NpsReport;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.io.SurveyReader;

/**
 * Measures the fast path ({@code SurveyReader.read(Path)}, the parallel byte scan) on a generated
 * export file (the {@link ExportGenerator} layout, from the page cache): overall NPS, NPS by
 * country and NPS by ISO week, with one thread and with two. Compare with {@link
 * SurveyReaderBenchmark} (the reference reader on the same layout) per MB; the process-level
 * comparison with DuckDB is {@link NpsExportComparison}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParallelScanBenchmark {

  /** Data rows in the generated export (1,000,000 rows is about 172 MB). */
  @Param({"1000000"})
  public int rows;

  /** Scan threads. */
  @Param({"1", "2"})
  public int threads;

  private Path export = Path.of("");
  private SurveyReader overall = SurveyReader.builder().scoreColumn("score").build();
  private SurveyReader byCountry = overall;
  private SurveyReader byWeek = overall;

  /**
   * Writes the export to a temporary file and builds the readers.
   *
   * @throws IOException when the file cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    export = Files.createTempFile("recovery-scan-benchmark", ".csv");
    try (Writer out = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
      ExportGenerator.write(out, rows, 42L);
    }
    overall = SurveyReader.builder().scoreColumn("score").threads(threads).build();
    byCountry = overall.toBuilder().segmentColumns("country").build();
    byWeek =
        overall.toBuilder().timestampColumn("submitted_at").period(PeriodUnit.ISO_WEEK).build();
  }

  /**
   * Deletes the export.
   *
   * @throws IOException when the file cannot be deleted
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(export);
  }

  /**
   * Scans the export for one overall NPS.
   *
   * @return the report
   */
  @Benchmark
  public NpsReport overall() {
    return overall.read(export);
  }

  /**
   * Scans the export for the NPS per country.
   *
   * @return the report
   */
  @Benchmark
  public NpsReport byCountry() {
    return byCountry.read(export);
  }

  /**
   * Scans the export for the NPS per ISO week.
   *
   * @return the report
   */
  @Benchmark
  public NpsReport byWeek() {
    return byWeek.read(export);
  }
}
