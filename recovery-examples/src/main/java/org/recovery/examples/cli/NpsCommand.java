package org.recovery.examples.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.recovery.nps.io.SurveyPreset;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code recovery nps}: the Net Promoter Score report of one or more survey exports.
 *
 * <p>Its picocli model is built in code, with {@link SurveyReadingOptions}, rather than from
 * annotations: reading them, and the JDK proxy class it generates for each annotation type, took
 * 70-90 ms of every run: a quarter of a 1,000-row report, a tenth of a 2 M-row one. Even built in
 * code, the model and picocli's parser cost a short run 20-25 ms, so a plain command line is read
 * without them ({@link NpsArgumentsReader}); this model reads the rest, gives the help and refuses
 * mistakes. Either way the values become {@link NpsArguments} and {@link NpsRun} runs them.
 */
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

  /** The FILE that means standard input. */
  static final String STDIN = "-";

  private final CommandSpec spec =
      CommandSpec.wrapWithoutInspection(this, DeferredFactory.INSTANCE);

  private final PositionalParamSpec files =
      PositionalParamSpec.builder()
          .arity("1..*")
          .required(true)
          .paramLabel("FILE")
          .type(List.class)
          .auxiliaryTypes(Path.class)
          .description(
              "Survey exports, read as one export (.csv, .jsonl for JSON lines, .xlsx; gzip"
                  + " recognised by its bytes), or - for standard input.")
          .build();

  private final OptionSpec sheet =
      option("--sheet", "NAME|NUMBER", String.class)
          .description(
              "The worksheet of an .xlsx export, by name or number from 1 (default: the first).")
          .build();

  private final OptionSpec preset =
      option("--preset", "TOOL", SurveyPreset.class)
          .initialValue(SurveyPreset.GENERIC)
          .description(
              "The export layout of a survey tool: generic (the default), surveymonkey, qualtrics,"
                  + " qualtrics_legacy, delighted or typeform.")
          .build();

  private final SurveyReadingOptions reading = new SurveyReadingOptions();

  private final OptionSpec impact =
      option("--impact", "FILE", Path.class)
          .description(
              "A CSV of customer_id,complained,resolved: adds the recovery-impact table (needs"
                  + " --id).")
          .build();

  private final OptionSpec threads =
      option("--threads", "N", Integer.class)
          .description("How many threads scan a CSV file (default: every available core).")
          .build();

  private final OptionSpec delimiter =
      option("--delimiter", "CHAR", String.class)
          .description("The CSV field delimiter: one character, or 'tab' (default: ',').")
          .build();

  private final OptionSpec charset =
      option("--charset", "CHARSET", Charset.class)
          .description("The export's character set, e.g. windows-1252 (default: strict UTF-8).")
          .build();

  private final OptionSpec format =
      option("--format", "FORMAT", Format.class)
          .defaultValue("table")
          .description("table, json, csv or html (default: ${DEFAULT-VALUE}).")
          .build();

  private final OptionSpec out =
      option("--out", "FILE", Path.class)
          .description("Write the report to FILE instead of stdout.")
          .build();

  /** Builds the command's model; picocli fills in the values when it parses a command line. */
  NpsCommand() {
    spec.name("nps")
        .addPositional(files)
        .addOption(sheet)
        .addOption(preset)
        .addMixin("reading", reading.mixin())
        .addOption(impact)
        .addOption(threads)
        .addOption(delimiter)
        .addOption(charset)
        .addOption(format)
        .addOption(out);
    StandardHelpOptions.addTo(spec);
    spec.usageMessage()
        .sortOptions(false)
        .header("Net Promoter Score of survey exports, per segment and period.")
        .description(
            "Compute the Net Promoter Score of survey exports (CSV or JSON lines), with its",
            "standard error and confidence interval, per segment and per period.",
            "Several files are read as one export. Rejected rows are summarised on stderr.");
  }

  private static OptionSpec.Builder option(String name, String label, Class<?> type) {
    return OptionSpec.builder(name).paramLabel(label).type(type);
  }

  /**
   * Returns the command's model, to add to the {@code recovery} command.
   *
   * @return the model; running it calls {@link #call()}
   */
  CommandSpec spec() {
    return spec;
  }

  /**
   * Returns the values picocli read into this model.
   *
   * @return the values of the last parse
   * @throws CommandLine.ParameterException when the options that say how the export is read are
   *     refused
   */
  NpsArguments arguments() {
    return new NpsArguments(
        files.getValue(),
        sheet.getValue(),
        reading.check(
            spec.commandLine(), preset.getValue(), delimiter.getValue(), charset.getValue()),
        impact.getValue(),
        threads.getValue(),
        format.getValue(),
        out.getValue());
  }

  @Override
  public Integer call() {
    var commandLine = spec.commandLine();
    RecoveryCommand root = (RecoveryCommand) commandLine.getParent().getCommand();
    return new NpsRun(
            arguments(),
            commandLine.getOut(),
            commandLine.getErr(),
            root.interactive(),
            (message, cause) -> new CommandLine.ParameterException(commandLine, message, cause))
        .run();
  }
}
