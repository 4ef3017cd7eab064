package org.recovery.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.nps.NpsReport;
import org.recovery.nps.NpsResult;
import org.recovery.nps.io.SurveyReader;

/**
 * Holds NPS on Spark to the single-machine reader: for the same exports, the same counts per
 * segment and per rejection reason, and the same score and interval to 1e-9.
 */
class NpsOnSparkTest {
  private static final String REAL = System.getProperty("recovery.realData", "");

  @TempDir Path dir;

  @Test
  void generatedHostileExportsGiveTheReadersCounts() throws IOException {
    for (int seed = 1; seed <= 4; seed++) {
      Path file =
          Files.writeString(
              dir.resolve("export-" + seed + ".csv"),
              HostileExports.export(seed, 400, seed % 2 == 0),
              StandardCharsets.UTF_8);

      assertSameAsReader(List.of(file), "score", List.of("Country"));
      assertSameAsReader(List.of(file), "SCORE", List.of("Country", "channel"));
    }
  }

  @Test
  void severalFilesAreReadAsOneExport() throws IOException {
    List<Path> files = new ArrayList<>();
    for (int seed = 10; seed < 13; seed++) {
      files.add(
          Files.writeString(
              dir.resolve("part-" + seed + ".csv"), HostileExports.export(seed, 300, false)));
    }

    assertSameAsReader(files, "score", List.of("Country"));
  }

  @Test
  @EnabledIf("realDataPresent")
  void realExportsGiveTheReadersCounts() {
    Path real = Path.of(REAL);

    assertSameAsReader(
        List.of(real.resolve("sudzilla_survey.csv")),
        "On a scale of 0-10, how would you rate Sudzilla?",
        List.of());
    assertSameAsReader(
        List.of(real.resolve("prep_air_nps.csv")),
        "How likely are you to recommend this airline?",
        List.of("Airline"));
    assertSameAsReader(List.of(real.resolve("qualtrics_sample.csv")), "Q1", List.of("Q2"));
    assertSameAsReader(List.of(real.resolve("qualtrics_sample_legacy.csv")), "Q1", List.of());
  }

  @Test
  @EnabledIf("realDataPresent")
  void prepAirOnSparkMatchesTheIndependentlyComputedAnswer() {
    NpsReport report =
        SparkReport.read(
            SharedSpark.session(),
            List.of(Path.of(REAL, "prep_air_nps.csv").toString()),
            "How likely are you to recommend this airline?",
            List.of("Airline"));

    NpsResult prepAir =
        report.segments().stream()
            .filter(s -> s.key().equals(Map.of("Airline", "Prep Air")))
            .findFirst()
            .orElseThrow()
            .result();
    assertThat(prepAir.responses()).isEqualTo(184);
    assertThat(prepAir.nps()).isCloseTo(21.195652173, within(1e-8));
    assertThat(report.segments()).hasSize(99);
  }

  @Test
  void printsTheJsonOfRecoveryNps() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("small.csv"), "Country,score\nDE,10\nDE,9\nFR,3\nFR,n/a\nFR,11\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code =
        NpsOnSpark.run(
            new String[] {file.toString(), "--score", "score", "--by", "Country"},
            new PrintWriter(out),
            new PrintWriter(err));

    assertThat(code).isZero();
    String expected =
        SurveyReader.builder()
            .scoreColumn("score")
            .segmentColumns("Country")
            .maxExamples(0)
            .build()
            .read(file)
            .toJson();
    assertThat(out.toString()).isEqualTo(expected + System.lineSeparator());
  }

  @Test
  void namesTheMissingColumnAsTheReaderDoes() throws IOException {
    Path file = Files.writeString(dir.resolve("nps.csv"), "Country,rating\nDE,10\n");
    StringWriter err = new StringWriter();

    int code =
        NpsOnSpark.run(
            new String[] {file.toString(), "--score", "score"},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(
            "NpsOnSpark: "
                + file
                + ":1: score column \"score\" not found in the header on line 1; headers found:"
                + " \"Country\", \"rating\""
                + System.lineSeparator());
  }

  static boolean realDataPresent() {
    return !REAL.isEmpty() && Files.isDirectory(Path.of(REAL));
  }

  private static void assertSameAsReader(List<Path> files, String score, List<String> by) {
    NpsReport expected =
        SurveyReader.builder().scoreColumn(score).segmentColumns(by).build().read(files);
    NpsReport actual =
        SparkReport.read(
            SharedSpark.session(), files.stream().map(Path::toString).toList(), score, by);

    assertThat(actual.dataRows()).as("data rows of %s", files).isEqualTo(expected.dataRows());
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
}
