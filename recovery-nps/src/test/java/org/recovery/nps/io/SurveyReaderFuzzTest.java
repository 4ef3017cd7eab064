package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import org.recovery.nps.NpsReport;
import org.recovery.nps.PeriodUnit;

/**
 * Reads arbitrary bytes as a survey export, as CSV with any delimiter, as JSON Lines and with every
 * preset. The reader either reports, with every data row counted once ({@code dataRows = responses
 * + rejected + duplicates}), or fails with a {@link SurveyFormatException}; and wherever the
 * parallel scan accepts the bytes, in chunks of any size, it gives exactly the reference reader's
 * outcome. Committed inputs live under {@code SurveyReaderFuzzTestInputs/}; the reader's settings
 * come from the last bytes of each input, the export from the rest.
 */
class SurveyReaderFuzzTest {
  private static final Path FILE = temporaryExport();

  @FuzzTest
  void exportsAreCountedOrRefusedAndScannedAsTheyAreRead(FuzzedDataProvider data)
      throws IOException {
    Optional<SurveyReader> configured = reader(data);
    if (configured.isEmpty()) {
      return;
    }
    SurveyReader reader = configured.get();
    long chunk = data.consumeLong(1, 300);
    int window = data.consumeInt(16, 300);
    byte[] export = data.consumeRemainingAsBytes();

    Object reference = reference(reader, export);
    if (reference instanceof NpsReport report) {
      assertThat(report.dataRows())
          .isEqualTo(
              report.overall().responses() + report.rejected().count() + report.duplicates());
    }

    Files.write(FILE, export);
    Object scanned;
    try {
      Optional<NpsReport> fast = ParallelCsvRead.read(reader, FILE, chunk, window);
      if (fast.isEmpty()) {
        return;
      }
      scanned = fast.get();
    } catch (SurveyFormatException e) {
      scanned = e.getClass().getName() + ": " + e.getMessage();
    }
    assertThat(scanned).as("chunks of %d bytes", chunk).isEqualTo(reference);
  }

  /** The reference reader's outcome: its report, or its documented exception's type and text. */
  private static Object reference(SurveyReader reader, byte[] export) {
    try {
      return reader.read(new ByteArrayInputStream(export));
    } catch (SurveyFormatException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /** A reader configured from the input, or empty for settings the builder refuses. */
  private static Optional<SurveyReader> reader(FuzzedDataProvider data) {
    var b =
        SurveyReader.builder().threads(data.consumeInt(1, 3)).maxExamples(data.consumeInt(0, 3));
    switch (data.consumeInt(0, 6)) {
      case 0 -> b.preset(SurveyPreset.SURVEYMONKEY).scoreColumn("How likely?");
      case 1 -> b.preset(SurveyPreset.QUALTRICS).scoreColumn("Q1");
      case 2 -> b.preset(SurveyPreset.QUALTRICS_LEGACY).scoreColumn("Q1");
      case 3 -> b.preset(SurveyPreset.DELIGHTED);
      case 4 -> b.preset(SurveyPreset.TYPEFORM).scoreColumn("How likely?");
      case 5 -> b.format(SurveyFormat.JSON_LINES).scoreColumn("score");
      default -> b.scoreColumn("SCORE").delimiter(data.pickValue(new Character[] {',', ';', '\t'}));
    }
    if (data.consumeBoolean()) {
      b.segmentColumns("country");
    }
    switch (data.consumeInt(0, 3)) {
      case 0 -> b.timestampColumn("submitted_at").period(PeriodUnit.ISO_WEEK);
      case 1 -> b.period(PeriodUnit.MONTH);
      case 2 -> b.deduplicate(true);
      default -> {}
    }
    if (data.consumeBoolean()) {
      b.zone(ZoneId.of("Europe/Berlin"));
    }
    try {
      return Optional.of(b.build());
    } catch (IllegalStateException refused) {
      // a combination the builder rejects (periods without a timestamp column, de-duplication
      // without a respondent column): a programmer error, not the data under test
      return Optional.empty();
    }
  }

  private static Path temporaryExport() {
    try {
      Path dir = Files.createTempDirectory("survey-fuzz");
      dir.toFile().deleteOnExit();
      Path file = dir.resolve("export.csv");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
