package org.recovery.examples.cli;

import java.nio.charset.Charset;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.io.SurveyPreset;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command-line options that say which columns of a survey export hold what and how its scores
 * are counted, declared once for every command that reads exports ({@code recovery nps} and {@code
 * NpsOnSpark}) as a picocli mixin, so both take the same names, defaults and help. {@link #check}
 * turns them into the {@link SurveyOptions} the HTTP server builds from its query, so all three are
 * refused with the same words.
 *
 * <p>The options are built in code rather than declared with annotations: reading annotations costs
 * a short {@code recovery nps} run more than a tenth of its time (the JDK generates a proxy class
 * for each annotation type), and this mixin is on that command's path.
 */
public final class SurveyReadingOptions {

  private final OptionSpec score =
      column(
          "--score",
          "The 0-10 score column (default: the preset's, else the one column whose header"
              + " mentions 'recommend' or 'NPS').");

  private final OptionSpec by =
      OptionSpec.builder("--by")
          .paramLabel("COLUMN")
          .type(List.class)
          .auxiliaryTypes(String.class)
          .splitRegex(",")
          .description("Segment columns, e.g. --by Country,Product.")
          .build();

  private final OptionSpec period =
      OptionSpec.builder("--period")
          .paramLabel("PERIOD")
          .type(ReportPeriod.class)
          .description("Split by day, week (ISO), month or quarter; needs --timestamp.")
          .build();

  private final OptionSpec timestamp =
      column("--timestamp", "The column holding when each response was submitted.");

  private final OptionSpec timestampFormat =
      OptionSpec.builder("--timestamp-format")
          .paramLabel("FORMAT")
          .type(String.class)
          .description(
              "How --timestamp is written: iso (ISO-8601, the default), epoch (seconds since"
                  + " 1970-01-01T00:00Z) or a java.time pattern such as 'M/d/yyyy H:mm:ss'.")
          .build();

  private final OptionSpec zone =
      OptionSpec.builder("--zone")
          .paramLabel("ZONE")
          .type(ZoneId.class)
          .converters(new ZoneConverter())
          .initialValue(ZoneOffset.UTC)
          .description(
              "The time zone periods are counted in, and of timestamps without an offset"
                  + " (default: UTC).")
          .build();

  private final OptionSpec id = column("--id", "The respondent or customer id column.");

  private final OptionSpec dedupe =
      OptionSpec.builder("--dedupe")
          .type(boolean.class)
          .initialValue(false)
          .description("Keep only each respondent's latest response per period; needs --id.")
          .build();

  private final OptionSpec weight = column("--weight", "A column of response weights.");

  private final OptionSpec level =
      OptionSpec.builder("--level")
          .paramLabel("LEVEL")
          .type(double.class)
          .defaultValue("0.95")
          .description("The confidence level of the intervals (default: ${DEFAULT-VALUE}).")
          .build();

  private final CommandSpec mixin =
      CommandSpec.wrapWithoutInspection(null, DeferredFactory.INSTANCE);

  /** Creates the options with their defaults; picocli fills them in when a command is parsed. */
  public SurveyReadingOptions() {
    for (OptionSpec option :
        List.of(score, by, period, timestamp, timestampFormat, zone, id, dedupe, weight, level)) {
      mixin.addOption(option);
    }
  }

  private static OptionSpec column(String name, String description) {
    return OptionSpec.builder(name)
        .paramLabel("COLUMN")
        .type(String.class)
        .description(description)
        .build();
  }

  /**
   * Returns the options as a picocli mixin, to add to a command ({@code @Mixin} on a field that
   * holds it, or {@link CommandSpec#addMixin}).
   *
   * @return the mixin; its option values are those of the last parse
   */
  public CommandSpec mixin() {
    return mixin;
  }

  /** The score column given with {@code --score}, if any. */
  @Nullable String score() {
    return score.getValue();
  }

  /** The respondent column given with {@code --id}, if any. */
  @Nullable String id() {
    return id.getValue();
  }

  /** The confidence level given with {@code --level}, else 0.95. */
  double level() {
    return level.<Double>getValue();
  }

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
          score(),
          segments(),
          timestamp.getValue(),
          timestampFormat.getValue(),
          zone.getValue(),
          id(),
          dedupe.<Boolean>getValue(),
          weight.getValue(),
          delimiter,
          charset,
          level(),
          unit());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(commandLine, e.getMessage(), e);
    }
  }

  private List<String> segments() {
    List<String> columns = by.getValue();
    return columns == null ? List.of() : columns;
  }

  private @Nullable PeriodUnit unit() {
    ReportPeriod chosen = period.getValue();
    return chosen == null ? null : chosen.unit();
  }
}
