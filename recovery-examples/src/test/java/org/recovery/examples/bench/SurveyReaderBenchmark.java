package org.recovery.examples.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.recovery.nps.NpsReport;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.io.SurveyReader;

/**
 * Measures the reference reader on an in-memory generated export (the {@link ExportGenerator}
 * layout): overall NPS, NPS by country and NPS by ISO week. Divide the export size by the time per
 * operation for MB/s; the process-level comparison with DuckDB is {@link NpsExportComparison}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SurveyReaderBenchmark {

  /** Data rows in the generated export. */
  @Param({"100000"})
  public int rows;

  private byte[] export = new byte[0];
  private SurveyReader overall = SurveyReader.builder().scoreColumn("score").build();
  private SurveyReader byCountry = overall;
  private SurveyReader byWeek = overall;

  /**
   * Generates the export and builds the readers.
   *
   * @throws IOException never: the export is written to memory
   */
  @Setup
  public void setUp() throws IOException {
    StringWriter out = new StringWriter();
    ExportGenerator.write(out, rows, 42L);
    export = out.toString().getBytes(StandardCharsets.UTF_8);
    overall = SurveyReader.builder().scoreColumn("score").build();
    byCountry = overall.toBuilder().segmentColumns("country").build();
    byWeek =
        overall.toBuilder().timestampColumn("submitted_at").period(PeriodUnit.ISO_WEEK).build();
  }

  /**
   * Reads the export for one overall NPS.
   *
   * @return the report
   */
  @Benchmark
  public NpsReport overall() {
    return overall.read(new ByteArrayInputStream(export));
  }

  /**
   * Reads the export for the NPS per country.
   *
   * @return the report
   */
  @Benchmark
  public NpsReport byCountry() {
    return byCountry.read(new ByteArrayInputStream(export));
  }

  /**
   * Reads the export for the NPS per ISO week.
   *
   * @return the report
   */
  @Benchmark
  public NpsReport byWeek() {
    return byWeek.read(new ByteArrayInputStream(export));
  }
}
