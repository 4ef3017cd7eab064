package org.recovery.examples.cli;

import java.nio.charset.Charset;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.recovery.nps.io.SurveyPreset;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The command-line options that say which columns of a survey export hold what and how its scores
 * are counted, declared once for every command that reads exports ({@code recovery nps} and {@code
 * NpsOnSpark}) as a picocli mixin, so both take the same names, defaults and help. {@link #check}
 * turns them into the {@link SurveyOptions} the HTTP server builds from its query, so all three are
 * refused with the same words.
 */
public final class SurveyReadingOptions {

  @Option(
      names = "--score",
      paramLabel = "COLUMN",
      description =
          "The 0-10 score column (default: the preset's, else the one column whose header"
              + " mentions 'recommend' or 'NPS').")
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
  @Nullable ReportPeriod period;

  @Option(
      names = "--timestamp",
      paramLabel = "COLUMN",
      description = "The column holding when each response was submitted.")
  @Nullable String timestamp;

  @Option(
      names = "--timestamp-format",
      paramLabel = "FORMAT",
      description =
          "How --timestamp is written: iso (ISO-8601, the default), epoch (seconds since"
              + " 1970-01-01T00:00Z) or a java.time pattern such as 'M/d/yyyy H:mm:ss'.")
  @Nullable String timestampFormat;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      converter = ZoneConverter.class,
      description =
          "The time zone periods are counted in, and of timestamps without an offset"
              + " (default: UTC).")
  ZoneId zone = ZoneOffset.UTC;

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
      names = "--level",
      paramLabel = "LEVEL",
      description = "The confidence level of the intervals (default: ${DEFAULT-VALUE}).")
  double level = 0.95;

  /** Creates the options with their defaults; picocli fills them in. */
  public SurveyReadingOptions() {}

  /**
   * Checks the options with the rules the HTTP server shares.
   *
   * @param commandLine the command they were given to, named in a refusal
   * @param preset the survey tool's export layout
   * @param delimiter the CSV field delimiter: one character or {@code tab}; null for a comma
   * @param charset the export's character set; null for strict UTF-8
   * @return the checked options
   * @throws CommandLine.ParameterException when an option is refused, with the reason
   */
  public SurveyOptions check(
      CommandLine commandLine,
      SurveyPreset preset,
      @Nullable String delimiter,
      @Nullable Charset charset) {
    try {
      return new SurveyOptions(
          SurveyOptions.Spelling.COMMAND_LINE,
          preset,
          score,
          by,
          timestamp,
          timestampFormat,
          zone,
          id,
          dedupe,
          weight,
          delimiter,
          charset,
          level,
          period == null ? null : period.unit());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(commandLine, e.getMessage(), e);
    }
  }
}
