package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.nps.NpsReport;
import org.recovery.nps.NpsScale;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.io.internal.HostileExports;

class ParallelCsvReadTest {

  private static final List<ZoneId> ZONES =
      List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"), ZoneId.of("+05:30"));

  @TempDir Path dir;

  @Test
  void parallelReadEqualsTheReferenceReaderOnHostileExports() {
    // A case the scan declines falls back to the reference reader and so compares that reader
    // with itself; count the cases the scan took, so that a scan that declines everything fails.
    AtomicInteger cases = new AtomicInteger();
    AtomicInteger scanned = new AtomicInteger();
    qt().withExamples(300)
        .forAll(
            longs().all(),
            integers().between(1, 3),
            integers().between(1, 64),
            integers().between(16, 96))
        .checkAssert(
            (seed, threads, chunk, window) -> {
              char delimiter = ",;\t|".charAt((int) Math.floorMod(seed >>> 8, 4L));
              byte[] file = HostileExports.write(seed, delimiter, seed % 3 == 0);
              SurveyReader reader = reader(seed, delimiter, threads);
              Optional<Object> fast = scanned(reader, file, chunk, window);
              cases.incrementAndGet();
              if (fast.isPresent()) {
                scanned.incrementAndGet();
                assertThat(fast.get()).isEqualTo(reference(reader, file));
              }
            });

    // Two thirds of the files are well formed and always scanned; of the damaged third some are
    // still scanned. A floor of half leaves room for the seeds QuickTheories happens to draw.
    assertThat(scanned.get())
        .as("cases the parallel scan took")
        .isGreaterThanOrEqualTo(cases.get() / 2);
  }

  @Test
  void wellFormedExportsNeverFallBackToTheReferenceReader() throws IOException {
    for (long seed = 0; seed < 200; seed++) {
      byte[] file = HostileExports.write(seed, ',', false);
      Path path = Files.write(dir.resolve("clean.csv"), file);
      SurveyReader reader = reader(seed, ',', 2);
      Optional<NpsReport> scanned = ParallelCsvRead.read(reader, path, 1 + seed % 50, 32);
      assertThat(scanned).as("seed %d", seed).isPresent();
      assertThat(scanned.get()).isEqualTo(reader.read(new ByteArrayInputStream(file)));
    }
  }

  @Test
  void oneReaderReadsFilesFromManyThreadsAtOnce() throws Exception {
    byte[] file = HostileExports.write(7, ',', false);
    Path path = Files.write(dir.resolve("shared.csv"), file);
    SurveyReader reader = reader(7, ',', 2);
    NpsReport expected = reader.read(new ByteArrayInputStream(file));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<NpsReport>> reads = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        reads.add(pool.submit(() -> reader.read(path)));
      }
      for (Future<NpsReport> read : reads) {
        assertThat(read.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void exportsWithRealToolLayoutsReadTheSameInParallel() throws IOException {
    assertSame(
        "conference.csv",
        ExportFixtures.conference(),
        SurveyReader.builder()
            .scoreColumn(ExportFixtures.CONFERENCE_SCORE)
            .timestampColumn("Timestamp")
            .timestampFormat(TimestampFormat.pattern("M/d/yyyy H:mm:ss"))
            .period(PeriodUnit.DAY)
            .segmentColumns("Three words, please")
            .build());
    assertSame(
        "airlines.csv",
        ExportFixtures.airlines(600, 11),
        SurveyReader.builder()
            .scoreColumn(ExportFixtures.AIRLINE_SCORE)
            .segmentColumns("Airline")
            .build());
    assertSame(
        "qualtrics.csv",
        ExportFixtures.qualtrics(),
        SurveyReader.builder()
            .preset(SurveyPreset.QUALTRICS)
            .scoreColumn("Q1")
            .period(PeriodUnit.MONTH)
            .build());
    assertSame(
        "qualtrics_legacy.csv",
        ExportFixtures.qualtricsLegacy(),
        SurveyReader.builder()
            .preset(SurveyPreset.QUALTRICS_LEGACY)
            .scoreColumn("Q1")
            .segmentColumns("Q2")
            .build());
  }

  @Test
  @EnabledIf(
      value = "org.recovery.nps.io.ExportFixtures#realDataPresent",
      disabledReason =
          "the real exports live in the reference-data directory beside the repository"
              + " (system property recovery.realData), which this checkout does not have")
  void realExportsReadTheSameInParallel() throws IOException {
    Path real = ExportFixtures.realData();
    assertSameOnFile(
        real.resolve("sudzilla_survey.csv"),
        SurveyReader.builder()
            .scoreColumn("On a scale of 0-10, how would you rate Sudzilla?")
            .timestampColumn("Timestamp")
            .timestampFormat(TimestampFormat.pattern("M/d/yyyy H:mm:ss"))
            .period(PeriodUnit.DAY)
            .segmentColumns("What was your favourite giveaway at Sudzilla?")
            .build());
    assertSameOnFile(
        real.resolve("prep_air_nps.csv"),
        SurveyReader.builder()
            .scoreColumn("How likely are you to recommend this airline?")
            .segmentColumns("Airline")
            .build());
    assertSameOnFile(
        real.resolve("qualtrics_sample.csv"),
        SurveyReader.builder()
            .preset(SurveyPreset.QUALTRICS)
            .scoreColumn("Q1")
            .period(PeriodUnit.MONTH)
            .build());
    assertSameOnFile(
        real.resolve("qualtrics_sample_legacy.csv"),
        SurveyReader.builder()
            .preset(SurveyPreset.QUALTRICS_LEGACY)
            .scoreColumn("Q1")
            .segmentColumns("Q2")
            .build());
  }

  @Test
  @EnabledIf(
      value = "org.recovery.nps.io.ExportFixtures#realDataPresent",
      disabledReason =
          "the real exports live in the reference-data directory beside the repository"
              + " (system property recovery.realData), which this checkout does not have")
  void prepAirReadInParallelGivesTheKnownAnswerForPrepAir() throws IOException {
    Path file = ExportFixtures.realData().resolve("prep_air_nps.csv");
    SurveyReader reader =
        SurveyReader.builder()
            .scoreColumn("How likely are you to recommend this airline?")
            .segmentColumns("Airline")
            .threads(2)
            .build();
    NpsReport report = ParallelCsvRead.read(reader, file, 4096, 1024).orElseThrow();
    var prepAir =
        report.segments().stream()
            .filter(s -> s.key().get("Airline").equals("Prep Air"))
            .findFirst()
            .orElseThrow()
            .result();
    assertThat(prepAir.responses()).isEqualTo(184);
    assertThat(prepAir.promoters()).isEqualTo(74);
    assertThat(prepAir.detractors()).isEqualTo(35);
  }

  private void assertSame(String name, String text, SurveyReader reader) throws IOException {
    assertSameOnFile(Files.writeString(dir.resolve(name), text), reader);
  }

  private void assertSameOnFile(Path file, SurveyReader reader) throws IOException {
    String name = file.getFileName().toString();
    byte[] bytes = Files.readAllBytes(file);
    Object expected = reference(reader, bytes);
    for (int chunk : new int[] {1, 13, 100, 4096, 1 << 24}) {
      Optional<NpsReport> scanned = ParallelCsvRead.read(reader, file, chunk, 64);
      assertThat(scanned).as("%s in chunks of %d", name, chunk).isPresent();
      assertThat(scanned.get()).as("%s in chunks of %d", name, chunk).isEqualTo(expected);
    }
    assertThat(reader.read(file)).isEqualTo(expected);
  }

  private static SurveyReader reader(long seed, char delimiter, int threads) {
    Random r = new Random(seed);
    var b =
        SurveyReader.builder()
            .scoreColumn("SCORE")
            .delimiter(delimiter)
            .threads(threads)
            .maxExamples(r.nextInt(6))
            .zone(ZONES.get(r.nextInt(ZONES.size())));
    switch (r.nextInt(3)) {
      case 0 -> b.segmentColumns("country");
      case 1 -> b.segmentColumns("country", "comment");
      default -> {}
    }
    switch (r.nextInt(4)) {
      case 0 -> b.timestampColumn("submitted_at");
      case 1 -> b.timestampColumn("submitted_at").period(PeriodUnit.ISO_WEEK);
      case 2 -> b.timestampColumn("Submitted_At").period(PeriodUnit.MONTH);
      default -> {}
    }
    if (r.nextInt(5) == 0) {
      b.scale(NpsScale.of(1, 5, 6, 8, 9, 9));
    }
    return b.build();
  }

  /** The reference reader's outcome: its report, or its exception's type and message. */
  private static Object reference(SurveyReader reader, byte[] file) {
    try {
      return reader.read(new ByteArrayInputStream(file));
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /**
   * The outcome of the parallel scan (its report or its exception's type and message), or empty
   * when it declined the file and left it to the reference reader.
   */
  private Optional<Object> scanned(SurveyReader reader, byte[] file, int chunk, int window) {
    try {
      Path path = Files.write(dir.resolve("export.csv"), file);
      return ParallelCsvRead.read(reader, path, chunk, window).map(Object.class::cast);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      return Optional.of(e.getClass().getName() + ": " + e.getMessage());
    }
  }
}
