package org.recovery.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recovery nps}: the Net Promoter Score report of one or more survey exports. */
@Command(
    name = "nps",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Net Promoter Score of survey exports, per segment and period.",
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

  /** The FILE that means standard input. */
  static final String STDIN = "-";

  @Spec @Nullable CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description =
          "Survey exports, read as one export (.csv, .jsonl for JSON lines, .xlsx; gzip"
              + " recognised by its bytes), or - for standard input.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--sheet",
      paramLabel = "NAME|NUMBER",
      description =
          "The worksheet of an .xlsx export, by name or number from 1 (default: the first).")
  @Nullable String sheet;

  @Option(
      names = "--preset",
      paramLabel = "TOOL",
      description =
          "The export layout of a survey tool: generic (the default), surveymonkey, qualtrics,"
              + " qualtrics_legacy, delighted or typeform.")
  SurveyPreset preset = SurveyPreset.GENERIC;

  @Mixin SurveyReadingOptions reading = new SurveyReadingOptions();

  @Option(
      names = "--impact",
      paramLabel = "FILE",
      description =
          "A CSV of customer_id,complained,resolved: adds the recovery-impact table (needs --id).")
  @Nullable Path impact;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "How many threads scan a CSV file (default: every available core).")
  @Nullable Integer threads;

  @Option(
      names = "--delimiter",
      paramLabel = "CHAR",
      description = "The CSV field delimiter: one character, or 'tab' (default: ',').")
  @Nullable String delimiter;

  @Option(
      names = "--charset",
      paramLabel = "CHARSET",
      description = "The export's character set, e.g. windows-1252 (default: strict UTF-8).")
  @Nullable Charset charset;

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
    var commandLine = Objects.requireNonNull(spec, "spec").commandLine();
    validate();
    SurveyFormat fileFormat = format(files.get(0));
    String scoreColumn =
        reading.score != null
            ? reading.score
            : preset.scoreColumn().orElseGet(() -> guessScore(commandLine, fileFormat));
    var builder = builder(fileFormat, scoreColumn);
    RecoveryImpact.@Nullable Tally impactTally = null;
    if (impact != null) {
      ComplaintRecords records = InputFiles.located(impact, ComplaintRecords::fromCsv);
      impactTally = RecoveryImpact.of(records, NpsScale.defaults(), estimation()).tally();
      builder.onResponse(impactTally::add);
    }
    RecoveryCommand root = (RecoveryCommand) commandLine.getParent().getCommand();
    NpsReport report = read(commandLine, builder, root.interactive());
    Optional<RecoveryImpactReport> impactReport =
        Optional.ofNullable(impactTally).map(RecoveryImpact.Tally::report);
    if (impactReport.isPresent() && format != Format.table) {
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
                      Locale.ROOT,
                      "%,d earlier responses superseded by the same respondents' later ones",
                      report.duplicates()));
    }
    return RecoveryCommand.OK;
  }

  private SurveyFormat format(Path first) {
    if (preset != SurveyPreset.GENERIC) {
      return preset.format();
    }
    String name = first.getFileName().toString().toLowerCase(Locale.ROOT);
    name = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")
        ? SurveyFormat.JSON_LINES
        : SurveyFormat.CSV;
  }

  private Estimation estimation() {
    return Estimation.builder().level(reading.level).build();
  }

  private String title() {
    return "NPS of "
        + String.join(", ", files.stream().map(f -> String.valueOf(f.getFileName())).toList());
  }

  private SurveyReaderBuilder builder(SurveyFormat fileFormat, String scoreColumn) {
    var builder = options().reader(fileFormat, scoreColumn);
    if (threads != null) {
      builder.threads(threads);
    }
    sheet(builder);
    return builder;
  }

  private void sheet(SurveyReaderBuilder builder) {
    if (sheet == null) {
      return;
    }
    if (sheet.matches("[0-9]+")) {
      builder.sheet(Integer.parseInt(sheet));
    } else {
      builder.sheet(sheet);
    }
  }

  private boolean standardInput() {
    return files.size() == 1 && files.get(0).toString().equals(STDIN);
  }

  /**
   * Returns the options that say how the export is read, checked with the rules the HTTP server
   * shares.
   */
  private SurveyOptions options() {
    return reading.check(
        Objects.requireNonNull(spec, "spec").commandLine(), preset, delimiter, charset);
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
      return located(() -> reader.read(files));
    }
    long total = files.stream().mapToLong(f -> f.toFile().length()).sum();
    var meter = new ProgressMeter(commandLine.getErr(), total, System::nanoTime);
    SurveyReader metered = build(commandLine, reader.toBuilder().onProgress(meter::update));
    try {
      return located(() -> metered.read(files));
    } finally {
      meter.finish();
    }
  }

  /**
   * Finds the score column from the first file's header, as the reader sees it (the preset's header
   * rows, names merged).
   */
  private String guessScore(CommandLine commandLine, SurveyFormat fileFormat) {
    Path first = files.get(0);
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
              : files.get(0) + ":" + e.line() + ": " + e.getMessage();
      throw new UnusableInputException(where, e);
    }
  }

  /** Streams the report: JSON and CSV segment by segment, never the whole text in memory. */
  private void write(
      CommandLine commandLine, NpsReport report, Optional<RecoveryImpactReport> impactReport) {
    if (out == null) {
      Writer stdout = new BufferedWriter(new CheckedOutput(commandLine.getOut()), 1 << 16);
      try {
        render(stdout, report, impactReport);
        stdout.flush();
      } catch (IOException e) {
        throw new UnusableInputException("cannot write the report: " + e.getMessage(), e);
      }
      return;
    }
    try (Writer file = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      render(file, report, impactReport);
    } catch (IOException e) {
      throw new UnusableInputException(CommandFailures.describeWrite(out, e), e);
    }
  }

  private void render(Writer to, NpsReport report, Optional<RecoveryImpactReport> impactReport)
      throws IOException {
    switch (format) {
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
    var commandLine = Objects.requireNonNull(spec, "spec").commandLine();
    options();
    if (threads != null && threads < 1) {
      throw new CommandLine.ParameterException(
          commandLine, "--threads must be at least 1 but was " + threads);
    }
    if (impact != null && reading.id == null) {
      throw new CommandLine.ParameterException(
          commandLine, "--impact needs --id COLUMN to join responses with customers");
    }
    if (files.size() > 1 && files.stream().anyMatch(f -> f.toString().equals(STDIN))) {
      throw new CommandLine.ParameterException(
          commandLine, "- (standard input) must be the only FILE but files were " + files);
    }
    if (standardInput() && reading.score == null && preset.scoreColumn().isEmpty()) {
      throw new CommandLine.ParameterException(
          commandLine,
          "reading - (standard input) needs --score COLUMN: the header cannot be read twice to"
              + " guess it");
    }
    if (sheet != null && sheet.matches("[0-9]+") && Integer.parseInt(sheet) < 1) {
      throw new CommandLine.ParameterException(
          commandLine, "--sheet must be a sheet name or a number from 1 but was '" + sheet + "'");
    }
    for (Path file : standardInput() ? List.<Path>of() : files) {
      if (Files.isDirectory(file)) {
        throw new UnusableInputException("cannot read " + file + ": it is a directory, not a file");
      }
    }
    for (Path file : standardInput() ? List.<Path>of() : files) {
      try {
        // A missing or unreadable file is named before any is read.
        Files.size(file);
      } catch (IOException e) {
        throw new UnusableInputException(CommandFailures.describe(e), e);
      }
    }
  }
}
