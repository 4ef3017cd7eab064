package org.recovery.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.examples.cli.SurveyOptions;
import org.recovery.nps.NpsReport;
import org.recovery.nps.NpsResult;
import org.recovery.nps.PeriodResult;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.io.SurveyFormat;
import org.recovery.nps.io.SurveyPreset;

/**
 * Holds the options NpsOnSpark shares with {@code recovery nps} — preset, periods of timestamps,
 * weights, de-duplicated respondents — to the single-machine reader built from the same options:
 * the same counts per segment, period and rejection reason, the same duplicates, and the same score
 * and interval to 1e-9; and holds its refusals to the command line's words.
 */
class NpsOnSparkOptionsTest {
  private static final String REAL = System.getProperty("recovery.realData", "");

  @TempDir Path dir;

  @Test
  void weeksOfTimestampsInAZoneGiveTheReadersPeriods() throws IOException {
    Path file = write("responses.csv", HostileExports.responses(21, 600, true));

    assertSameAsReader(
        List.of(file),
        options(SurveyPreset.GENERIC, "score", List.of("Country"))
            .timestamp("submitted")
            .zone(ZoneId.of("Europe/Berlin"))
            .period(PeriodUnit.ISO_WEEK)
            .build());
  }

  @Test
  void weightsGiveTheReadersWeightedScores() throws IOException {
    Path file = write("weighted.csv", HostileExports.responses(22, 600, false));

    assertSameAsReader(
        List.of(file),
        options(SurveyPreset.GENERIC, "score", List.of("Country")).weight("weight").build());
  }

  @Test
  void dedupeAcrossTwoFilesKeepsTheReadersLatestResponses() throws IOException {
    Path first = write("part-1.csv", HostileExports.responses(23, 500, false));
    Path second = write("part-2.csv", HostileExports.responses(24, 500, true));

    assertSameAsReader(
        List.of(first, second),
        options(SurveyPreset.GENERIC, "score", List.of())
            .timestamp("submitted")
            .period(PeriodUnit.MONTH)
            .id("id")
            .dedupe()
            .build());
    // Without timestamps the later line wins, and a later file's lines are later.
    assertSameAsReader(
        List.of(first, second),
        options(SurveyPreset.GENERIC, "score", List.of("Country")).id("id").dedupe().build());
  }

  @Test
  void surveyMonkeyPresetNamesAndSkipsBothHeaderRows() throws IOException {
    Path file = write("monkey.csv", HostileExports.surveyMonkey(25, 400));

    assertSameAsReader(
        List.of(file),
        options(
                SurveyPreset.SURVEYMONKEY,
                "How likely are you to recommend us?",
                List.of("Which country?", "Which country? / Other (please specify)"))
            .period(PeriodUnit.MONTH)
            .timestamp("End Date")
            .id("Respondent ID")
            .dedupe()
            .build());
  }

  @Test
  @EnabledIf("realDataPresent")
  void qualtricsPresetReadsTheRealExportAsTheReaderDoes() {
    assertSameAsReader(
        List.of(Path.of(REAL, "qualtrics_sample.csv")),
        options(SurveyPreset.QUALTRICS, "Q1", List.of("UserLanguage"))
            .period(PeriodUnit.DAY)
            .timestamp("RecordedDate")
            .id("ResponseId")
            .dedupe()
            .build());
  }

  @Test
  void printsThePeriodsAndDuplicatesOfRecoveryNps() throws IOException {
    Path file =
        write("small.csv", "id,score,at\na,10,2026-01-05\na,3,2026-01-06\nb,9,2026-02-01\n");
    StringWriter out = new StringWriter();

    int code =
        NpsOnSpark.run(
            new String[] {
              file.toString(),
              "--score",
              "score",
              "--timestamp",
              "at",
              "--period",
              "month",
              "--id",
              "id",
              "--dedupe"
            },
            new PrintWriter(out),
            new PrintWriter(new StringWriter()));

    assertThat(code).isZero();
    var options =
        options(SurveyPreset.GENERIC, "score", List.of())
            .timestamp("at")
            .period(PeriodUnit.MONTH)
            .id("id")
            .dedupe()
            .build();
    String expected =
        options.reader(SurveyFormat.CSV, "score").maxExamples(0).build().read(file).toJson();
    assertThat(out.toString()).isEqualTo(expected + System.lineSeparator());
    assertThat(expected).contains("\"periods\"", "\"duplicates\"");
  }

  @Test
  void refusesAPeriodWithoutTimestampsInTheCommandLinesWords() throws IOException {
    assertRefused(
        2,
        "--period needs --timestamp COLUMN to know when each response was given",
        "--score",
        "score",
        "--period",
        "week");
  }

  @Test
  void refusesDedupeWithoutAnIdInTheCommandLinesWords() throws IOException {
    assertRefused(
        2, "--dedupe needs --id COLUMN to know who responded", "--score", "score", "--dedupe");
  }

  @Test
  void refusesAJsonLinesPreset() throws IOException {
    assertRefused(
        2,
        "--preset delighted reads JSON_LINES exports, which NpsOnSpark does not read: convert"
            + " them to CSV or Parquet",
        "--preset",
        "delighted");
  }

  @Test
  void namesAMissingWeightColumnAsTheReaderDoes() throws IOException {
    Path file = write("nps.csv", "score,w\n10,1\n");
    assertRefused(
        1,
        "NpsOnSpark: "
            + file
            + ":1: weight column \"weight\" not found in the header on line 1; headers found:"
            + " \"score\", \"w\"",
        file,
        "--score",
        "score",
        "--weight",
        "weight");
  }

  static boolean realDataPresent() {
    return !REAL.isEmpty() && Files.isDirectory(Path.of(REAL));
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private void assertRefused(int exit, String message, String... args) throws IOException {
    assertRefused(exit, message, write("any.csv", "score\n9\n"), args);
  }

  private static void assertRefused(int exit, String message, Path file, String... args) {
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 1];
    all[0] = file.toString();
    System.arraycopy(args, 0, all, 1, args.length);

    int code = NpsOnSpark.run(all, new PrintWriter(new StringWriter()), new PrintWriter(err));

    assertThat(code).isEqualTo(exit);
    assertThat(err.toString()).startsWith(message + System.lineSeparator());
  }

  private static void assertSameAsReader(List<Path> files, SurveyOptions options) {
    String score = options.knownScore().orElseThrow();
    NpsReport expected = options.reader(SurveyFormat.CSV, score).build().read(files);
    NpsReport actual =
        SparkReport.read(
            SharedSpark.session(),
            files.stream().map(Path::toString).toList(),
            options.reader(SurveyFormat.CSV, score).build(),
            options);

    assertThat(actual.dataRows()).as("data rows of %s", files).isEqualTo(expected.dataRows());
    assertThat(actual.duplicates()).as("duplicates of %s", files).isEqualTo(expected.duplicates());
    assertThat(actual.deduplicated()).isEqualTo(expected.deduplicated());
    assertThat(actual.rejected().byReason())
        .as("rejections of %s", files)
        .isEqualTo(expected.rejected().byReason());
    assertSameResult(actual.overall(), expected.overall(), "overall of " + files);
    assertThat(actual.segments()).hasSameSizeAs(expected.segments());
    for (int i = 0; i < expected.segments().size(); i++) {
      var want = expected.segments().get(i);
      var got = actual.segments().get(i);
      assertThat(got.key()).isEqualTo(want.key());
      assertSameResult(got.result(), want.result(), "segment " + want.key() + " of " + files);
    }
    assertThat(actual.periodUnit()).isEqualTo(expected.periodUnit());
    assertThat(actual.periods()).hasSameSizeAs(expected.periods());
    for (int i = 0; i < expected.periods().size(); i++) {
      PeriodResult want = expected.periods().get(i);
      PeriodResult got = actual.periods().get(i);
      assertThat(got.period()).isEqualTo(want.period());
      assertThat(got.start()).isEqualTo(want.start());
      assertSameResult(got.result(), want.result(), "period " + want.period() + " of " + files);
      assertThat(got.changeFromPrevious().isPresent())
          .isEqualTo(want.changeFromPrevious().isPresent());
      if (want.changeFromPrevious().isPresent()) {
        var w = want.changeFromPrevious().get();
        var g = got.changeFromPrevious().get();
        assertThat(g.difference()).isCloseTo(w.difference(), within(1e-9));
        assertThat(g.standardError()).isCloseTo(w.standardError(), within(1e-9));
        assertThat(g.pValue()).isCloseTo(w.pValue(), within(1e-9));
      }
    }
  }

  private static void assertSameResult(NpsResult actual, NpsResult expected, String what) {
    assertThat(actual.promoters()).as(what).isEqualTo(expected.promoters());
    assertThat(actual.passives()).as(what).isEqualTo(expected.passives());
    assertThat(actual.detractors()).as(what).isEqualTo(expected.detractors());
    if (expected.isEmpty()) {
      assertThat(actual.isEmpty()).as(what).isTrue();
      return;
    }
    assertThat(actual.nps()).as(what).isCloseTo(expected.nps(), within(1e-9));
    assertThat(actual.standardError()).as(what).isCloseTo(expected.standardError(), within(1e-9));
    var want = expected.confidenceInterval().orElseThrow();
    var got = actual.confidenceInterval().orElseThrow();
    assertThat(got.low()).as(what).isCloseTo(want.low(), within(1e-9));
    assertThat(got.high()).as(what).isCloseTo(want.high(), within(1e-9));
  }

  private static Options options(SurveyPreset preset, @Nullable String score, List<String> by) {
    return new Options(preset, score, by);
  }

  /** Builds {@link SurveyOptions} as the command line would from its flags. */
  private static final class Options {
    private final SurveyPreset preset;
    private final @Nullable String score;
    private final List<String> by;
    private @Nullable String timestamp;
    private ZoneId zone = ZoneOffset.UTC;
    private @Nullable String id;
    private boolean dedupe;
    private @Nullable String weight;
    private @Nullable PeriodUnit period;

    Options(SurveyPreset preset, @Nullable String score, List<String> by) {
      this.preset = preset;
      this.score = score;
      this.by = by;
    }

    Options timestamp(String column) {
      this.timestamp = column;
      return this;
    }

    Options zone(ZoneId zone) {
      this.zone = zone;
      return this;
    }

    Options id(String column) {
      this.id = column;
      return this;
    }

    Options dedupe() {
      this.dedupe = true;
      return this;
    }

    Options weight(String column) {
      this.weight = column;
      return this;
    }

    Options period(PeriodUnit unit) {
      this.period = unit;
      return this;
    }

    SurveyOptions build() {
      return new SurveyOptions(
          SurveyOptions.Spelling.COMMAND_LINE,
          preset,
          score,
          by,
          timestamp,
          null,
          zone,
          id,
          dedupe,
          weight,
          null,
          null,
          0.95,
          period);
    }
  }
}
