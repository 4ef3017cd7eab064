package org.recovery.examples.spark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.recovery.nps.NpsReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Reports the Net Promoter Score of survey exports on Apache Spark, with the library's score rules
 * and in exactly the JSON shape of {@code recovery nps --format json}: {@code overall}, {@code
 * rejected} ({@code count}, {@code byReason}; {@code examples} is empty, as Spark's records carry
 * no line numbers), {@code segments} and {@code periods} (empty).
 *
 * <pre>
 * spark-submit --class org.recovery.examples.spark.NpsOnSpark recovery.jar \
 *     s3a://surveys/2026/*.csv --score "How likely are you to recommend us?" --by Country
 * </pre>
 *
 * <p>CSV is read per RFC 4180 with one header row; a file is read by one task (quoted line breaks
 * forbid splitting it), so a large export is best split into several files or written as Parquet.
 * Runs in {@code local[*]} unless {@code --master} or {@code spark-submit} names a cluster.
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
      names = "--score",
      required = true,
      paramLabel = "COLUMN",
      description = "The 0-10 score column.")
  String score = "";

  @Option(
      names = "--by",
      paramLabel = "COLUMN",
      split = ",",
      description = "Segment columns, e.g. --by Country,Product.")
  List<String> by = new ArrayList<>();

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
    var commandLine = new CommandLine(new NpsOnSpark());
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
    var commandLine = java.util.Objects.requireNonNull(spec, "spec").commandLine();
    // A host (or a test) that already runs a session keeps it; a session started here stops here.
    boolean owned = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark = session();
    try {
      NpsReport report = SparkReport.read(spark, files, score, by);
      commandLine.getOut().println(report.toJson());
      commandLine.getOut().flush();
      return 0;
    } finally {
      if (owned) {
        spark.stop();
      }
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
