package org.recovery.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.recovery.nps.Estimation;
import org.recovery.nps.NpsReport;
import org.recovery.nps.NpsScale;
import org.recovery.nps.impact.RecoveryImpact;
import org.recovery.nps.impact.RecoveryImpactReport;
import org.recovery.nps.io.ComplaintRecords;
import org.recovery.nps.io.SurveyFormat;
import org.recovery.nps.io.SurveyFormatException;
import org.recovery.nps.io.SurveyHeader;
import org.recovery.nps.io.SurveyPreset;
import org.recovery.nps.io.SurveyReader;
import org.recovery.nps.io.SurveyReaderBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code recovery nps}: the Net Promoter Score report of one or more survey exports.
 *
 * <p>Its picocli model is built in code, with {@link SurveyReadingOptions}, rather than from
 * annotations: reading them, and the JDK proxy class it generates for each annotation type, took
 * 70-90 ms of every run: a quarter of a 1,000-row report, a tenth of a 2 M-row one.
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

  private List<Path> files() {
    return files.getValue();
  }

  private SurveyPreset preset() {
    return preset.getValue();
  }

  @Override
  public Integer call() {
    var commandLine = spec.commandLine();
    validate();
    SurveyFormat fileFormat = format(files().get(0));
    String chosenScore = reading.score();
    String scoreColumn =
        chosenScore != null
            ? chosenScore
            : preset().scoreColumn().orElseGet(() -> guessScore(commandLine, fileFormat));
    var builder = builder(fileFormat, scoreColumn);
    RecoveryImpact.@Nullable Tally impactTally = null;
    Path impactFile = impact.getValue();
    if (impactFile != null) {
      ComplaintRecords records = InputFiles.located(impactFile, ComplaintRecords::fromCsv);
      impactTally = RecoveryImpact.of(records, NpsScale.defaults(), estimation()).tally();
      builder.onResponse(impactTally::add);
    }
    RecoveryCommand root = (RecoveryCommand) commandLine.getParent().getCommand();
    NpsReport report = read(commandLine, builder, root.interactive());
    Optional<RecoveryImpactReport> impactReport =
        Optional.ofNullable(impactTally).map(RecoveryImpact.Tally::report);
    if (impactReport.isPresent() && format.getValue() != Format.table) {
      commandLine
          .getErr()
          .println(
              "recovery nps: warning: the recovery-impact table is shown with --format table"
                  + " only");
    }
    write(commandLine, report, impactReport);
    commandLine.getErr().print(NpsTable.rejected(report, 5));
    if (report.duplicates() > 0) {
      commandLine
          .getErr()
          .println(
              report.duplicates() == 1
                  ? "1 earlier response superseded by the same respondent's later one"
                  : String.format(
                      NpsTable.FIGURES,
                      "%,d earlier responses superseded by the same respondents' later ones",
                      report.duplicates()));
    }
    return RecoveryCommand.OK;
  }

  private SurveyFormat format(Path first) {
    if (preset() != SurveyPreset.GENERIC) {
      return preset().format();
    }
    String name = first.getFileName().toString().toLowerCase(Locale.ROOT);
    name = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")
        ? SurveyFormat.JSON_LINES
        : SurveyFormat.CSV;
  }

  private Estimation estimation() {
    return Estimation.builder().level(reading.level()).build();
  }

  private String title() {
    return "NPS of "
        + String.join(", ", files().stream().map(f -> String.valueOf(f.getFileName())).toList());
  }

  private SurveyReaderBuilder builder(SurveyFormat fileFormat, String scoreColumn) {
    var builder = options().reader(fileFormat, scoreColumn);
    Integer scanThreads = threads.getValue();
    if (scanThreads != null) {
      builder.threads(scanThreads);
    }
    sheet(builder);
    return builder;
  }

  private void sheet(SurveyReaderBuilder builder) {
    String name = sheet.getValue();
    if (name == null) {
      return;
    }
    if (name.matches("[0-9]+")) {
      builder.sheet(Integer.parseInt(name));
    } else {
      builder.sheet(name);
    }
  }

  private boolean standardInput() {
    return files().size() == 1 && files().get(0).toString().equals(STDIN);
  }

  /**
   * Returns the options that say how the export is read, checked with the rules the HTTP server
   * shares.
   */
  private SurveyOptions options() {
    return reading.check(spec.commandLine(), preset(), delimiter.getValue(), charset.getValue());
  }

  private static SurveyReader build(CommandLine commandLine, SurveyReaderBuilder builder) {
    try {
      return builder.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new CommandLine.ParameterException(commandLine, e.getMessage(), e);
    }
  }

  /**
   * Reads the files as one export. A person watching a terminal sees progress when the files are
   * read sequentially; the parallel scan is fast enough that progress is moot.
   */
  private NpsReport read(
      CommandLine commandLine, SurveyReaderBuilder builder, boolean interactive) {
    SurveyReader reader = build(commandLine, builder);
    if (standardInput()) {
      return located(() -> reader.read(System.in));
    }
    if (!interactive || reader.scansInParallel()) {
      return located(() -> reader.read(files()));
    }
    long total = files().stream().mapToLong(f -> f.toFile().length()).sum();
    var meter = new ProgressMeter(commandLine.getErr(), total, System::nanoTime);
    SurveyReader metered = build(commandLine, reader.toBuilder().onProgress(meter::update));
    try {
      return located(() -> metered.read(files()));
    } finally {
      meter.finish();
    }
  }

  /**
   * Finds the score column from the first file's header, as the reader sees it (the preset's header
   * rows, names merged).
   */
  private String guessScore(CommandLine commandLine, SurveyFormat fileFormat) {
    Path first = files().get(0);
    SurveyOptions options = options();
    var layout = options.headerReader(fileFormat);
    sheet(layout);
    SurveyReader reader = build(commandLine, layout);
    SurveyHeader header = located(() -> reader.header(first));
    try {
      return options.guessScore(first.toString(), header);
    } catch (IllegalArgumentException e) {
      throw new UnusableInputException(e.getMessage(), e);
    }
  }

  /** Names the file and its line when a read fails part-way. */
  private <T> T located(Supplier<T> read) {
    try {
      return read.get();
    } catch (SurveyFormatException e) {
      String where =
          e.file().isPresent()
              ? e.getMessage()
              : files().get(0) + ":" + e.line() + ": " + e.getMessage();
      throw new UnusableInputException(where, e);
    }
  }

  /** Streams the report: JSON and CSV segment by segment, never the whole text in memory. */
  private void write(
      CommandLine commandLine, NpsReport report, Optional<RecoveryImpactReport> impactReport) {
    Path outFile = out.getValue();
    if (outFile == null) {
      Writer stdout = new BufferedWriter(new CheckedOutput(commandLine.getOut()), 1 << 16);
      try {
        render(stdout, report, impactReport);
        stdout.flush();
      } catch (IOException e) {
        throw new UnusableInputException("cannot write the report: " + e.getMessage(), e);
      }
      return;
    }
    try (Writer file = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
      render(file, report, impactReport);
    } catch (IOException e) {
      throw new UnusableInputException(CommandFailures.describeWrite(outFile, e), e);
    }
  }

  private void render(Writer to, NpsReport report, Optional<RecoveryImpactReport> impactReport)
      throws IOException {
    switch (format.<Format>getValue()) {
      case table -> to.write(NpsTable.of(report) + impactReport.map(ImpactTable::of).orElse(""));
      case json -> {
        report.writeJson(to);
        to.write("\n");
      }
      case csv -> report.writeCsv(to);
      case html -> to.write(report.toHtml(title()));
    }
  }

  private void validate() {
    var commandLine = spec.commandLine();
    options();
    Integer scanThreads = threads.getValue();
    if (scanThreads != null && scanThreads < 1) {
      throw new CommandLine.ParameterException(
          commandLine, "--threads must be at least 1 but was " + scanThreads);
    }
    if (impact.getValue() != null && reading.id() == null) {
      throw new CommandLine.ParameterException(
          commandLine, "--impact needs --id COLUMN to join responses with customers");
    }
    List<Path> given = files();
    if (given.size() > 1 && given.stream().anyMatch(f -> f.toString().equals(STDIN))) {
      throw new CommandLine.ParameterException(
          commandLine, "- (standard input) must be the only FILE but files were " + given);
    }
    if (standardInput() && reading.score() == null && preset().scoreColumn().isEmpty()) {
      throw new CommandLine.ParameterException(
          commandLine,
          "reading - (standard input) needs --score COLUMN: the header cannot be read twice to"
              + " guess it");
    }
    String name = sheet.getValue();
    if (name != null && name.matches("[0-9]+") && Integer.parseInt(name) < 1) {
      throw new CommandLine.ParameterException(
          commandLine, "--sheet must be a sheet name or a number from 1 but was '" + name + "'");
    }
    for (Path file : standardInput() ? List.<Path>of() : given) {
      if (Files.isDirectory(file)) {
        throw new UnusableInputException("cannot read " + file + ": it is a directory, not a file");
      }
    }
    for (Path file : standardInput() ? List.<Path>of() : given) {
      try {
        // A missing or unreadable file is named before any is read.
        Files.size(file);
      } catch (IOException e) {
        throw new UnusableInputException(CommandFailures.describe(e), e);
      }
    }
  }
}
