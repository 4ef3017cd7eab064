package org.recovery.examples.spark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.recovery.examples.cli.SurveyOptions;
import org.recovery.examples.cli.SurveyReadingOptions;
import org.recovery.nps.NpsReport;
import org.recovery.nps.io.SurveyFormat;
import org.recovery.nps.io.SurveyPreset;
import org.recovery.nps.io.SurveyReader;
import org.recovery.nps.io.SurveyReaderBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Reports the Net Promoter Score of survey exports on Apache Spark, with the library's rules and in
 * exactly the JSON shape of {@code recovery nps --format json}: {@code overall}, {@code rejected}
 * ({@code count}, {@code byReason}; {@code examples} is empty, as Spark's records carry no line
 * numbers), {@code segments}, {@code periods} and, with {@code --dedupe}, {@code duplicates}.
 *
 * <pre>
 * spark-submit --class org.recovery.examples.spark.NpsOnSpark recovery.jar \
 *     s3a://surveys/2026/*.csv --score "How likely are you to recommend us?" --by Country \
 *     --timestamp submitted_at --period month --id customer_id --dedupe
 * </pre>
 *
 * <p>The options {@code --preset}, {@code --score}, {@code --by}, {@code --timestamp}, {@code
 * --timestamp-format}, {@code --zone}, {@code --period}, {@code --id}, {@code --dedupe}, {@code
 * --weight} and {@code --level} are those of {@code recovery nps}, checked by the same {@link
 * SurveyOptions} and resolved by the same reader, so they are refused with the same words and read
 * the same columns. CSV is read per RFC 4180 as UTF-8 with a comma; a file is read by one task
 * (quoted line breaks forbid splitting it), so a large export is best split into several files or
 * written as Parquet. De-duplication orders records by file argument, then path, then place in the
 * file ({@code _metadata.row_index} for Parquet). Runs in {@code local[*]} unless {@code --master}
 * or {@code spark-submit} names a cluster.
 */
@Command(
    name = "NpsOnSpark",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Compute the Net Promoter Score of survey exports (CSV, or Parquet by extension) on",
      "Apache Spark, per segment, with the rejection rules of 'recovery nps'."
    })
public final class NpsOnSpark implements Callable<Integer> {

  /** The report renderings. */
  enum Format {
    /** The JSON report shape of {@code recovery nps --format json}. */
    json
  }

  @Spec @Nullable CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Survey exports read as one export: paths or URIs Spark reads.")
  List<String> files = new ArrayList<>();

  @Option(
      names = "--preset",
      paramLabel = "TOOL",
      description =
          "The CSV export layout of a survey tool: generic (the default), surveymonkey,"
              + " qualtrics, qualtrics_legacy or typeform.")
  SurveyPreset preset = SurveyPreset.GENERIC;

  private final SurveyReadingOptions reading = new SurveyReadingOptions();

  @Mixin CommandSpec readingOptions = reading.mixin();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "json (default: ${DEFAULT-VALUE}).")
  Format format = Format.json;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "The Spark master, e.g. spark://host:7077 or yarn (default: spark-submit's, else"
              + " local[*]).")
  @Nullable String master;

  private NpsOnSpark() {}

  /**
   * Runs the command and exits: 0 with the report on stdout, 1 when an export cannot be used, 2 for
   * a usage error.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command with its output and errors going to the given writers. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    var commandLine = new CommandLine(new NpsOnSpark()).setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (e, cl, parsed) -> {
          if (e instanceof UnusableExportException) {
            cl.getErr().println("NpsOnSpark: " + e.getMessage());
            return 1;
          }
          throw e;
        });
    return commandLine.execute(args);
  }

  /**
   * Reads the exports and prints the report.
   *
   * @return 0
   */
  @Override
  public Integer call() {
    var commandLine = Objects.requireNonNull(spec, "spec").commandLine();
    SurveyOptions options = options(commandLine);
    // A host (or a test) that already runs a session keeps it; a session started here stops here.
    boolean owned = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark = session();
    try {
      String scoreColumn = options.knownScore().orElseGet(() -> guessScore(spark, options));
      SurveyReader reader = build(commandLine, options.reader(SurveyFormat.CSV, scoreColumn));
      NpsReport report = SparkReport.read(spark, files, reader, options);
      commandLine.getOut().println(report.toJson());
      commandLine.getOut().flush();
      return 0;
    } finally {
      if (owned) {
        spark.stop();
      }
    }
  }

  /** Checks the options with the rules and words of {@code recovery nps}. */
  private SurveyOptions options(CommandLine commandLine) {
    if (preset.format() != SurveyFormat.CSV) {
      throw new CommandLine.ParameterException(
          commandLine,
          "--preset "
              + preset.name().toLowerCase(Locale.ROOT)
              + " reads "
              + preset.format()
              + " exports, which NpsOnSpark does not read: convert them to CSV or Parquet");
    }
    return reading.check(commandLine, preset, null, null);
  }

  private static SurveyReader build(CommandLine commandLine, SurveyReaderBuilder builder) {
    try {
      return builder.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new CommandLine.ParameterException(commandLine, e.getMessage(), e);
    }
  }

  /** Finds the score column from the first file's header, as {@code recovery nps} does. */
  private String guessScore(SparkSession spark, SurveyOptions options) {
    var header = SparkExport.header(spark, files, options.headerReader(SurveyFormat.CSV).build());
    try {
      return options.guessScore(files.get(0), header);
    } catch (IllegalArgumentException e) {
      throw new UnusableExportException(e.getMessage(), e);
    }
  }

  private SparkSession session() {
    var builder = SparkSession.builder().appName("recovery-nps");
    if (master != null) {
      builder.master(master);
    } else if (!new SparkConf().contains("spark.master")) {
      builder.master("local[*]").config("spark.ui.enabled", "false");
    }
    return builder.getOrCreate();
  }
}
