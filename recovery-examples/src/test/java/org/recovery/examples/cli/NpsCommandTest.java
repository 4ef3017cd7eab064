package org.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NpsCommandTest {

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static JsonNode json(CommandRun run) throws IOException {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void findsTheScoreColumnByItsQuestionAndPrintsATable() throws IOException {
    Path export =
        file(
            "export.csv", "id,How likely are you to recommend us?\n1,0\n2,7\n3,7\n4,9\n5,9\n6,9\n");

    var run = CommandRun.of("nps", export.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            """
                           responses   NPS   95% interval    SE  promoters  passives  detractors
            all responses         6*  33.3  [-26.7, 71.2]  30.4      50.0%     33.3%       16.7%

            NPS from -100 to 100; interval: adjusted Wald; * too few responses for a reliable \
            score.
            """);
  }

  @Test
  void helpListsEveryOptionOnceInOrderWithItsDefault() {
    var run = CommandRun.of("nps", "--help");

    assertThat(run.exitCode()).isZero();
    String options = run.out().substring(run.out().indexOf("      FILE..."));
    String[] expected = {
      "FILE...",
      "--sheet=NAME|NUMBER",
      "--preset=TOOL",
      "--score=COLUMN",
      "--by=COLUMN[,COLUMN...]",
      "--period=PERIOD",
      "--timestamp=COLUMN",
      "--timestamp-format=FORMAT",
      "--zone=ZONE",
      "--id=COLUMN",
      "--dedupe",
      "--weight=COLUMN",
      "--level=LEVEL",
      "--impact=FILE",
      "--threads=N",
      "--delimiter=CHAR",
      "--charset=CHARSET",
      "--format=FORMAT",
      "--out=FILE",
      "-h, --help",
      "-V, --version",
      "--debug"
    };
    int previous = -1;
    for (String option : expected) {
      // An option's line: the option, then its description on the same line or the next.
      var line = Pattern.compile("\\n +" + Pattern.quote(option) + "\\s");
      var matcher = line.matcher("\n" + options);
      assertThat(matcher.find()).as(option).isTrue();
      assertThat(matcher.start()).as(option).isGreaterThan(previous);
      previous = matcher.start();
      assertThat(matcher.find()).as(option + " twice").isFalse();
    }
    assertThat(run.out())
        .startsWith("Net Promoter Score of survey exports, per segment and period.\nUsage:")
        .contains("intervals (default:\n                              0.95).")
        .contains("table, json, csv or html (default: table).");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "--period|fortnight|expected one of [day, week, month, quarter] (case-insensitive) but was"
            + " 'fortnight'",
        "--format|xml|expected one of [table, json, csv, html] (case-insensitive) but was 'xml'",
        "--preset|acme|expected one of [GENERIC, SURVEYMONKEY, QUALTRICS, QUALTRICS_LEGACY,"
            + " DELIGHTED, TYPEFORM] (case-insensitive) but was 'acme'",
        "--level|x|'x' is not a double",
        "--threads|many|'many' is not an int",
        "--charset|bogus-8|cannot convert 'bogus-8' to Charset"
            + " (java.nio.charset.UnsupportedCharsetException: bogus-8)"
      })
  void aValueOfTheWrongKindIsBadUsageNamingOptionValueAndExpectation(
      String option, String value, String problem) throws IOException {
    Path export = file("export.csv", "id,NPS\n1,9\n");

    var run = CommandRun.of("nps", export.toString(), option, value);

    assertThat(run.exitCode()).isEqualTo(RecoveryCommand.UNUSABLE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "recovery nps: Invalid value for option '"
                + option
                + "': "
                + problem
                + " (see 'recovery nps --help')\n");
  }

  @Test
  void enumValuesAreReadWhateverTheirCase() throws IOException {
    Path export =
        file("export.csv", "id,NPS,at\n1,9,2026-01-05T10:00:00Z\n2,3,2026-01-12T10:00:00Z\n");

    var report =
        json(
            CommandRun.of(
                "nps",
                export.toString(),
                "--preset",
                "Generic",
                "--timestamp",
                "at",
                "--period",
                "WEEK",
                "--format",
                "JSON"));

    assertThat(report.at("/periods").size()).isEqualTo(2);
  }

  @Test
  void optionsOfOneRunDoNotCarryIntoTheNext() throws IOException {
    Path export = file("export.csv", "id,NPS,country\n1,0,DE\n2,9,FR\n");

    var segmented =
        json(CommandRun.of("nps", export.toString(), "--by", "country", "--format", "json"));
    var plain = json(CommandRun.of("nps", export.toString(), "--format", "json"));

    assertThat(segmented.at("/segments").size()).isEqualTo(2);
    assertThat(plain.at("/segments").size()).isZero();
    assertThat(plain.at("/overall/responses").asLong()).isEqualTo(2);
  }

  @Test
  void printsTheJsonShapeOfTheReport() throws IOException {
    Path export = file("export.csv", "id,NPS\n1,0\n2,7\n3,7\n4,9\n5,9\n6,9\n");

    var report = json(CommandRun.of("nps", export.toString(), "--format", "json"));

    assertThat(report.at("/overall/responses").asLong()).isEqualTo(6);
    assertThat(report.at("/overall/nps").asDouble()).isCloseTo(33.333, within());
    assertThat(report.at("/overall/standardError").asDouble()).isCloseTo(30.43, within());
    assertThat(report.at("/overall/confidenceInterval/level").asDouble()).isEqualTo(0.95);
    assertThat(report.at("/rejected/count").asLong()).isZero();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.01);
  }

  @Test
  void printsCsvWithFormulaCellsNeutralised() throws IOException {
    Path export = file("export.csv", "score,Country\n9,=HYPERLINK(\"x\")\n3,US\n");

    var run =
        CommandRun.of(
            "nps", export.toString(), "--score", "score", "--by", "Country", "--format", "csv");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("scope,")
        .contains("overall,")
        .contains("'=HYPERLINK")
        .doesNotContain(",=HYPERLINK");
  }

  @Test
  void printsASelfContainedHtmlPage() throws IOException {
    Path export = file("export.csv", "score,Country\n9,<b>US</b>\n3,US\n");

    var run =
        CommandRun.of(
            "nps", export.toString(), "--score", "score", "--by", "Country", "--format", "html");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("<!DOCTYPE html>")
        .contains("<title>NPS of export.csv</title>")
        .contains("<svg")
        .contains("&lt;b&gt;US&lt;/b&gt;")
        .doesNotContain("<script")
        .doesNotContain("http://")
        .doesNotContain("https://");
  }

  @Test
  void addsTheRecoveryImpactTable() {
    Path export = Samples.copy(dir, "survey-export.csv");
    Path customers = Samples.copy(dir, "customers.csv");

    var run =
        CommandRun.of(
            "nps", export.toString(), "--id", "customer_id", "--impact", customers.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Recovery impact")
        .containsPattern("never complained +1,502 +19\\.1")
        .containsPattern("complained, resolved +291 +40\\.9")
        .containsPattern("complained, not resolved +178 +-38\\.8")
        .containsPattern("complained, resolved - never complained +\\+21\\.8");
  }

  @Test
  void impactWithoutAnIdColumnIsBadUsage() throws IOException {
    Path export = file("export.csv", "score\n9\n");

    var run = CommandRun.of("nps", export.toString(), "--impact", "customers.csv");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "recovery nps: --impact needs --id COLUMN to join responses with customers"
                + " (see 'recovery nps --help')\n");
  }

  @Test
  void readsTwoQualtricsExportsFindingTheScoreByItsQuestionText() throws IOException {
    String header =
        "ResponseId,RecordedDate,Q1\n"
            + "Response ID,Recorded Date,\"How likely are you to recommend us, 0-10?\"\n"
            + "\"{\"\"ImportId\"\":\"\"_recordId\"\"}\",\"{\"\"ImportId\"\":\"\"recordedDate\"\"}\","
            + "\"{\"\"ImportId\"\":\"\"QID1\"\"}\"\n";
    Path a = file("a.csv", header + "R_1,2026-11-16 09:00:00,10\nR_2,2026-11-16 10:00:00,ten\n");
    Path b = file("b.csv", header + "R_3,2026-11-17 09:00:00,3\n");

    var run =
        CommandRun.of(
            "nps", a.toString(), b.toString(), "--preset", "qualtrics", "--format", "json");

    var report = json(run);
    assertThat(report.at("/overall/responses").asLong()).isEqualTo(2);
    assertThat(report.at("/overall/promoters").asLong()).isEqualTo(1);
    assertThat(report.at("/rejected/examples/0/column").asText()).isEqualTo("Q1");
    assertThat(run.err()).contains("line " + a + ":5, column \"Q1\": 'ten' (NOT_A_NUMBER)");
  }

  @Test
  void readsJsonLinesByTheirExtension() throws IOException {
    Path export =
        file("export.jsonl", "{\"id\": \"a\", \"nps\": 10}\n{\"id\": \"b\", \"nps\": 3}\n");

    var report = json(CommandRun.of("nps", export.toString(), "--format", "json"));

    assertThat(report.at("/overall/promoters").asLong()).isEqualTo(1);
    assertThat(report.at("/overall/detractors").asLong()).isEqualTo(1);
  }

  @Test
  void keepsEachRespondentsLatestAnswerWithDedupe() throws IOException {
    Path export =
        file(
            "export.csv",
            "id,at,score\n"
                + "a,2026-11-16T09:00:00Z,2\n"
                + "a,2026-11-17T09:00:00Z,10\n"
                + "b,2026-11-16T09:00:00Z,9\n");

    var run =
        CommandRun.of(
            "nps",
            export.toString(),
            "--score",
            "score",
            "--id",
            "id",
            "--timestamp",
            "at",
            "--dedupe",
            "--format",
            "json");

    assertThat(json(run).at("/overall/promoters").asLong()).isEqualTo(2);
    assertThat(json(run).at("/overall/detractors").asLong()).isZero();
    assertThat(run.err())
        .isEqualTo("1 earlier response superseded by the same respondent's later one\n");
  }

  @Test
  void weighsResponsesByAWeightColumn() throws IOException {
    Path export = file("export.csv", "score,w\n10,3\n0,1\n");

    var report =
        json(
            CommandRun.of(
                "nps", export.toString(), "--score", "score", "--weight", "w", "--format", "json"));

    assertThat(report.at("/overall/nps").asDouble()).isCloseTo(50.0, within());
  }

  @Test
  void readsEpochSecondsAndPatternTimestampsWithTimestampFormat() throws IOException {
    Path epoch = file("epoch.csv", "when,NPS\n1763251200,9\n1763856000,0\n");
    Path pattern = file("pattern.csv", "when,NPS\n11/16/2025 9:05:00,9\n11/23/2025 17:30:00,0\n");

    var byEpoch =
        json(
            CommandRun.of(
                "nps",
                epoch.toString(),
                "--timestamp",
                "when",
                "--timestamp-format",
                "epoch",
                "--period",
                "week",
                "--format",
                "json"));
    var byPattern =
        json(
            CommandRun.of(
                "nps",
                pattern.toString(),
                "--timestamp",
                "when",
                "--timestamp-format",
                "M/d/yyyy H:mm:ss",
                "--period",
                "week",
                "--format",
                "json"));

    assertThat(byEpoch.at("/rejected/count").asLong()).isZero();
    // 1763251200 is Sunday 2025-11-16T00:00Z, the last day of ISO week 46.
    assertThat(byEpoch.at("/periods/0/period").asText()).isEqualTo("2025-W46");
    assertThat(byEpoch.at("/periods/1/period").asText()).isEqualTo("2025-W47");
    assertThat(byPattern.at("/rejected/count").asLong()).isZero();
    assertThat(byPattern.at("/periods/0/period").asText()).isEqualTo("2025-W46");
    assertThat(byPattern.at("/periods/1/period").asText()).isEqualTo("2025-W47");
  }

  @Test
  void readsOtherDelimitersAndCharsets() throws IOException {
    Path semicolons = file("semicolons.csv", "id;NPS\n1;9\n2;9\n3;0\n");
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, "pa\u00eds,NPS\nEspa\u00f1a,9\n".getBytes(StandardCharsets.ISO_8859_1));

    var bySemicolon =
        json(CommandRun.of("nps", semicolons.toString(), "--delimiter", ";", "--format", "json"));
    var byLatin1 =
        json(
            CommandRun.of(
                "nps",
                latin1.toString(),
                "--charset",
                "ISO-8859-1",
                "--by",
                "pa\u00eds",
                "--format",
                "json"));

    assertThat(bySemicolon.at("/overall/promoters").asLong()).isEqualTo(2);
    assertThat(bySemicolon.at("/overall/detractors").asLong()).isEqualTo(1);
    assertThat(byLatin1.at("/segments/0/key/pa\u00eds").asText()).isEqualTo("Espa\u00f1a");
  }

  @Test
  void badDelimiterZoneAndTimestampFormatAreOneLineUsageErrors() throws IOException {
    Path export = file("export.csv", "when,NPS\n2026-11-20T10:00:00Z,9\n");

    var delimiter = CommandRun.of("nps", export.toString(), "--delimiter", ";;");
    var zone = CommandRun.of("nps", export.toString(), "--zone", "Mars/Olympus");
    var orphan = CommandRun.of("nps", export.toString(), "--timestamp-format", "epoch");

    assertThat(delimiter.exitCode()).isEqualTo(2);
    assertThat(delimiter.err())
        .startsWith("recovery nps: --delimiter must be one character or 'tab' but was ';;'");
    assertThat(zone.exitCode()).isEqualTo(2);
    assertThat(zone.err())
        .contains("expected a time zone like Europe/Berlin, UTC or +02:00 but was 'Mars/Olympus'")
        .doesNotContain("java.time");
    assertThat(orphan.exitCode()).isEqualTo(2);
    assertThat(orphan.err()).contains("--timestamp-format needs --timestamp COLUMN");
  }

  @Test
  void aDirectoryOrAnUnwritableOutIsNamedInOneLine() throws IOException {
    Path export = file("export.csv", "id,NPS\n1,9\n");
    Path missing = dir.resolve("no-such-dir").resolve("report.json");

    var directory = CommandRun.of("nps", dir.toString(), "--score", "NPS");
    var out = CommandRun.of("nps", export.toString(), "--out", missing.toString());

    assertThat(directory.exitCode()).isEqualTo(2);
    assertThat(directory.err())
        .isEqualTo("recovery nps: cannot read " + dir + ": it is a directory, not a file\n");
    assertThat(out.exitCode()).isEqualTo(2);
    assertThat(out.err())
        .isEqualTo("recovery nps: cannot write " + missing + ": its directory does not exist\n");
  }

  @Test
  void readsSeveralFilesAsOneExport() throws IOException {
    Path a = file("a.csv", "id,score\n1,10\n2,10\n");
    Path b = file("b.csv", "id,score\n3,0\n4,8\n");

    var report =
        json(
            CommandRun.of(
                "nps", a.toString(), b.toString(), "--score", "score", "--format", "json"));

    assertThat(report.at("/overall/responses").asLong()).isEqualTo(4);
    assertThat(report.at("/overall/promoters").asLong()).isEqualTo(2);
    assertThat(report.at("/overall/detractors").asLong()).isEqualTo(1);
  }

  @Test
  void summarisesRejectedRowsOnStderrNamingFileAndLine() throws IOException {
    Path a = file("a.csv", "id,score\n1,10\n2,N/A\n");
    Path b = file("b.csv", "id,score\n3,ten\n4,8\n");

    var run = CommandRun.of("nps", a.toString(), b.toString(), "--score", "score");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .isEqualTo(
            "2 of 4 rows rejected: 1 BLANK, 1 NOT_A_NUMBER\n"
                + "  line "
                + a
                + ":3, column \"score\": 'N/A' (BLANK)\n"
                + "  line "
                + b
                + ":2, column \"score\": 'ten' (NOT_A_NUMBER)\n");
  }

  @Test
  void segmentsAndPeriodsAppearInTheTable() {
    Path export = Samples.copy(dir, "survey-export.csv");

    var run =
        CommandRun.of(
            "nps",
            export.toString(),
            "--by",
            "country",
            "--period",
            "quarter",
            "--timestamp",
            "submitted_at");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("all responses      1,971  17.1")
        .contains("country=US")
        .contains("country=BR")
        .contains("2026-Q3")
        .contains("2026-Q4");
    assertThat(run.err()).startsWith("29 of 2,000 rows rejected: 24 BLANK, 2 NOT_A_NUMBER");
  }

  @Test
  void writesTheReportToAFileWithOut() throws IOException {
    Path export = file("export.csv", "score\n9\n");
    Path report = dir.resolve("report.json");

    var run =
        CommandRun.of(
            "nps",
            export.toString(),
            "--score",
            "score",
            "--format",
            "json",
            "--out",
            report.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(report)).startsWith("{\"overall\":{\"responses\":1,");
  }

  @Test
  void anExportWithoutAScoreColumnListsItsHeaders() throws IOException {
    Path export = file("export.csv", "id,country,rating\n1,US,9\n");

    var run = CommandRun.of("nps", export.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "recovery nps: "
                + export
                + ": cannot tell which column holds the score: no header mentions 'recommend' or"
                + " 'NPS'; name it with --score, one of: id, country, rating\n");
  }

  @Test
  void aGuessedScoreColumnIsNamedAsTheReaderSeesItsHeader() throws IOException {
    Path export = file("export.csv", "id, NPS \n1,9\n2,3\n");

    var report = json(CommandRun.of("nps", export.toString(), "--format", "json"));

    assertThat(report.at("/overall/responses").asLong()).isEqualTo(2);
    assertThat(report.at("/overall/promoters").asLong()).isEqualTo(1);
  }

  @Test
  void twoCandidateScoreColumnsAreAmbiguous() throws IOException {
    Path export = file("export.csv", "NPS,Would you recommend us?\n9,10\n");

    var run = CommandRun.of("nps", export.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "2 headers mention 'recommend' or 'NPS'; name it with --score, one of: NPS,"
                + " 'Would you recommend us?'");
  }

  @Test
  void aNamedScoreColumnThatIsMissingIsOneLine() throws IOException {
    Path export = file("export.csv", "id,score\n1,9\n");

    var run = CommandRun.of("nps", export.toString(), "--score", "Score 0-10");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("recovery nps: " + export + ":").contains("Score 0-10");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void aMissingExportIsOneLineAndExitTwo() {
    Path missing = dir.resolve("export.csv");

    var run = CommandRun.of("nps", missing.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("recovery nps: cannot read " + missing + ": no such file\n");
  }

  @Test
  void anUnterminatedQuoteNamesTheLineItStartedOn() throws IOException {
    Path export = file("export.csv", "score,comment\n9,fine\n7,\"never closed\n8,x\n");

    var run = CommandRun.of("nps", export.toString(), "--score", "score");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("recovery nps: " + export + ":3: ");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void givesTheSameReportWithOneThreadAsWithAll() {
    Path export = Samples.copy(dir, "survey-export.csv");

    var one =
        CommandRun.of(
            "nps", export.toString(), "--by", "country", "--format", "json", "--threads", "1");
    var all = CommandRun.of("nps", export.toString(), "--by", "country", "--format", "json");

    assertThat(one.exitCode()).isZero();
    assertThat(one.out()).isEqualTo(all.out());
  }

  @Test
  void zeroThreadsIsBadUsage() throws IOException {
    Path export = file("export.csv", "score\n9\n");

    var run = CommandRun.of("nps", export.toString(), "--score", "score", "--threads", "0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "recovery nps: --threads must be at least 1 but was 0 (see 'recovery nps --help')\n");
  }

  @Test
  void aSegmentThatIsAlsoTheScoreIsBadUsage() throws IOException {
    Path export = file("export.csv", "score\n9\n");

    var run = CommandRun.of("nps", export.toString(), "--score", "score", "--by", "score");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "recovery nps: score, segment and weight columns must be distinct but were [score,"
                + " score] (see 'recovery nps --help')\n");
  }
}
