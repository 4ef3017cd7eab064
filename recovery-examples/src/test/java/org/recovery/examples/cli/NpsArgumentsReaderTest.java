package org.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.io.SurveyPreset;
import picocli.CommandLine;

class NpsArgumentsReaderTest {

  /** Values to try for each option, good and bad; flags take none. */
  private static final Map<String, List<String>> VALUES =
      Map.ofEntries(
          Map.entry("--score", List.of("score", "NPS", "How likely", "", "-x", "@file")),
          Map.entry(
              "--by",
              List.of(
                  "country", "country,product", "a,,b", ",a", "a,", "\"a,b\"", "a\"b", "x y,z")),
          Map.entry("--period", List.of("week", "WEEK", "Month", "quarter", "fortnight")),
          Map.entry(
              "--preset",
              List.of("generic", "QUALTRICS", "surveymonkey", "Qualtrics_Legacy", "unknown")),
          Map.entry("--format", List.of("csv", "JSON", "table", "Html", "xml")),
          Map.entry(
              "--zone", List.of("UTC", "Europe/Berlin", "+02:00", "Z", "Mars/Base", "-05:00")),
          Map.entry("--level", List.of("0.9", "0.95", "1.5", "abc", "NaN", "1e-1", "0x1p-1")),
          Map.entry("--threads", List.of("1", "2", "0", "-1", "x", "08", "+3", "99999999999")),
          Map.entry("--charset", List.of("UTF-8", "windows-1252", "latin1", "no-such-charset")),
          Map.entry("--delimiter", List.of(";", "tab", "::")),
          Map.entry("--impact", List.of("complaints.csv", "a/b.csv")),
          Map.entry("--out", List.of("report.html", "out dir/r.json")),
          Map.entry("--sheet", List.of("1", "Sheet 1", "0")),
          Map.entry("--timestamp", List.of("submitted_at")),
          Map.entry("--timestamp-format", List.of("iso", "epoch", "M/d/yyyy H:mm")),
          Map.entry("--id", List.of("customer_id")),
          Map.entry("--weight", List.of("w")),
          Map.entry("--bogus", List.of("1")));

  private static final List<String> FLAGS =
      List.of("--dedupe", "--debug", "-h", "--help", "-V", "--version", "--", "-", "-x");

  private static final List<String> FILES =
      List.of("a.csv", "b.jsonl", "dir/c.csv", "x y.csv", "nps", "a=b.csv", "@args.txt", "");

  private static final List<String> OPTION_NAMES = List.copyOf(VALUES.keySet());

  /** One item of a command line: a file, a flag, or an option with its value in either form. */
  private static final Gen<List<String>> ITEM =
      integers()
          .between(0, 2)
          .zip(integers().between(0, 1_000), booleans().all(), NpsArgumentsReaderTest::item);

  private static final Gen<List<List<String>>> LINES = lists().of(ITEM).ofSizeBetween(0, 9);

  private static List<String> item(int kind, int pick, boolean joined) {
    if (kind == 0) {
      return List.of(FILES.get(pick % FILES.size()));
    }
    if (kind == 1 && pick % 4 == 0) {
      return List.of(FLAGS.get(pick / 4 % FLAGS.size()));
    }
    String name = OPTION_NAMES.get(pick % OPTION_NAMES.size());
    List<String> values = VALUES.get(name);
    String value = values.get(pick / OPTION_NAMES.size() % values.size());
    return joined ? List.of(name + "=" + value) : List.of(name, value);
  }

  /** What picocli reads from {@code recovery nps ARGS}; throws its refusal. */
  private static NpsArguments picocli(List<String> args) {
    List<String> line = new ArrayList<>(List.of("nps"));
    line.addAll(args);
    String[] all = line.toArray(String[]::new);
    var sink = new PrintWriter(new StringWriter());
    CommandLine root = RecoveryCommand.commandLine(sink, sink, false, all);
    root.parseArgs(all);
    return ((NpsCommand) root.getSubcommands().get("nps").getCommand()).arguments();
  }

  @Test
  void everyLineItReadsPicocliReadsToTheSameValues() {
    var lines = new AtomicInteger();
    var readLines = new AtomicInteger();
    qt().withExamples(4_000)
        .forAll(LINES)
        .checkAssert(
            items -> {
              List<String> args = items.stream().flatMap(List::stream).toList();
              Optional<NpsArguments> read = NpsArgumentsReader.read(args);
              lines.incrementAndGet();
              if (read.isPresent()) {
                readLines.incrementAndGet();
                assertThat(read.get()).as("%s", args).isEqualTo(picocli(args));
              }
            });
    // The property says something only if many generated lines are read.
    assertThat(readLines.get()).isGreaterThan(lines.get() / 20);
  }

  @Test
  void itReadsThePlainLinesOfEveryFormatAndOption() {
    List<String> args =
        List.of(
            "export.csv",
            "--score",
            "score",
            "--by=country,product",
            "--by",
            "channel",
            "--period",
            "WEEK",
            "--timestamp",
            "submitted_at",
            "--timestamp-format",
            "epoch",
            "--zone",
            "Europe/Berlin",
            "--id",
            "customer_id",
            "--dedupe",
            "--weight",
            "w",
            "--level",
            "0.9",
            "--preset",
            "qualtrics",
            "--sheet",
            "2",
            "--impact",
            "complaints.csv",
            "--threads",
            "2",
            "--delimiter",
            ";",
            "--charset",
            "windows-1252",
            "--format",
            "json",
            "--out",
            "report.json",
            "--debug",
            "more.csv");

    Optional<NpsArguments> read = NpsArgumentsReader.read(args);

    assertThat(read)
        .contains(
            new NpsArguments(
                List.of(Path.of("export.csv"), Path.of("more.csv")),
                "2",
                new SurveyOptions(
                    SurveyOptions.Spelling.COMMAND_LINE,
                    SurveyPreset.QUALTRICS,
                    "score",
                    List.of("country", "product", "channel"),
                    "submitted_at",
                    "epoch",
                    ZoneId.of("Europe/Berlin"),
                    "customer_id",
                    true,
                    "w",
                    ";",
                    Charset.forName("windows-1252"),
                    0.9,
                    PeriodUnit.ISO_WEEK),
                Path.of("complaints.csv"),
                2,
                NpsCommand.Format.json,
                Path.of("report.json")));
    assertThat(read.get()).isEqualTo(picocli(args));
  }

  @Test
  void withOnlyAFileEveryValueIsPicocliDefault() {
    NpsArguments read = NpsArgumentsReader.read(List.of("export.csv")).orElseThrow();

    assertThat(read).isEqualTo(picocli(List.of("export.csv")));
    assertThat(read.reading().preset()).isEqualTo(SurveyPreset.GENERIC);
    assertThat(read.reading().zone()).isEqualTo(ZoneOffset.UTC);
    assertThat(read.reading().level()).isEqualTo(0.95);
    assertThat(read.format()).isEqualTo(NpsCommand.Format.table);
    assertThat(read.reading().by()).isEmpty();
    assertThat(read.reading().dedupe()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "--help",
        "-h export.csv",
        "export.csv --version",
        "-",
        "export.csv -",
        "@args.txt",
        "export.csv --score",
        "export.csv --score a --score b",
        "export.csv --dedupe --dedupe",
        "export.csv --dedupe=true",
        "export.csv --bogus 1",
        "export.csv -- --score",
        "export.csv --score -x",
        "export.csv --score @file",
        "export.csv --format xml",
        "export.csv --period fortnight",
        "export.csv --zone Mars/Base",
        "export.csv --level abc",
        "export.csv --threads x",
        "export.csv --charset no-such-charset",
        "export.csv --by a,,b",
        "export.csv --by \"a,b\"",
        "export.csv --dedupe",
        "export.csv --level 1.5",
        "export.csv --period week",
        "export.csv --delimiter ::"
      })
  void linesItDoesNotReadAreLeftToPicocli(String line) {
    List<String> args = line.isEmpty() ? List.of() : List.of(line.split(" "));

    assertThat(NpsArgumentsReader.read(args)).isEmpty();
  }

  @Test
  void anArgumentItReadsButTheCommandRefusesIsRefusedByPicocliWithItsUsageMessage() {
    var run = CommandRun.of("nps", "export.csv", "--threads", "0");

    assertThat(run.exitCode()).isEqualTo(RecoveryCommand.UNUSABLE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "recovery nps: --threads must be at least 1 but was 0 (see 'recovery nps --help')\n");
  }
}
