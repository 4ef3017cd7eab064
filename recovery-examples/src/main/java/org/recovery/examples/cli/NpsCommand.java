package org.recovery.examples.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recovery nps}: the Net Promoter Score report of one or more survey exports. */
@Command(
    name = "nps",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Compute the Net Promoter Score of survey exports (CSV or JSON lines), with its",
      "standard error and confidence interval, per segment and per period.",
      "Several files are read as one export. Rejected rows are summarised on stderr."
    })
final class NpsCommand implements Callable<Integer> {

  /** The report renderings. */
  enum Format {
    /** An aligned text table. */
    table,
    /** The JSON report shape documented in the README. */
    json,
    /** CSV, cells neutralised against formula injection. */
    csv,
    /** A self-contained HTML page with inline SVG charts. */
    html
  }

  /** The calendar periods a report can be split into. */
  enum Period {
    /** Calendar days. */
    day,
    /** ISO weeks, e.g. 2026-W47. */
    week,
    /** Calendar months. */
    month,
    /** Calendar quarters. */
    quarter
  }

  /** The survey tools whose export layouts are known. */
  enum Preset {
    /** SurveyMonkey: two header rows. */
    surveymonkey,
    /** Qualtrics: three header rows. */
    qualtrics,
    /** Delighted. */
    delighted,
    /** Typeform. */
    typeform
  }

  @Spec @Nullable CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Survey exports, read as one export (.csv, or .jsonl for JSON lines).")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--score",
      paramLabel = "COLUMN",
      description =
          "The 0-10 score column (default: the one column whose header mentions"
              + " 'recommend' or 'NPS').")
  @Nullable String score;

  @Option(
      names = "--by",
      paramLabel = "COLUMN",
      split = ",",
      description = "Segment columns, e.g. --by Country,Product.")
  List<String> by = new ArrayList<>();

  @Option(
      names = "--period",
      paramLabel = "PERIOD",
      description = "Split by day, week (ISO), month or quarter; needs --timestamp.")
  @Nullable Period period;

  @Option(
      names = "--timestamp",
      paramLabel = "COLUMN",
      description = "The column holding when each response was submitted.")
  @Nullable String timestamp;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      description = "The time zone periods are counted in (default: UTC).")
  ZoneId zone = ZoneOffset.UTC;

  @Option(
      names = "--preset",
      paramLabel = "TOOL",
      description =
          "The export layout of a survey tool: surveymonkey, qualtrics, delighted," + " typeform.")
  @Nullable Preset preset;

  @Option(
      names = "--id",
      paramLabel = "COLUMN",
      description = "The respondent or customer id column.")
  @Nullable String id;

  @Option(
      names = "--dedupe",
      description = "Keep only each respondent's latest response per period; needs --id.")
  boolean dedupe;

  @Option(names = "--weight", paramLabel = "COLUMN", description = "A column of response weights.")
  @Nullable String weight;

  @Option(
      names = "--impact",
      paramLabel = "FILE",
      description =
          "A CSV of customer_id,complained,resolved: adds the recovery-impact table (needs --id).")
  @Nullable Path impact;

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      description = "The confidence level of the intervals (default: ${DEFAULT-VALUE}).")
  double level = 0.95;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "table, json, csv or html (default: ${DEFAULT-VALUE}).")
  Format format = Format.table;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the report to FILE instead of stdout.")
  @Nullable Path out;

  @Override
  public Integer call() {
    validate();
    throw new UnusableInputException(
        "nps needs recovery-nps' readers and reports, which this build does not include yet");
  }

  private void validate() {
    var commandLine = java.util.Objects.requireNonNull(spec, "spec").commandLine();
    if (!(level > 0.0 && level < 1.0)) {
      throw new CommandLine.ParameterException(
          commandLine, "--level must be between 0 and 1 (exclusive) but was " + level);
    }
    if (dedupe && id == null) {
      throw new CommandLine.ParameterException(
          commandLine, "--dedupe needs --id COLUMN to know who responded");
    }
    if (impact != null && id == null) {
      throw new CommandLine.ParameterException(
          commandLine, "--impact needs --id COLUMN to join responses with customers");
    }
    if (period != null && timestamp == null) {
      throw new CommandLine.ParameterException(
          commandLine, "--period needs --timestamp COLUMN to know when each response was given");
    }
  }
}
