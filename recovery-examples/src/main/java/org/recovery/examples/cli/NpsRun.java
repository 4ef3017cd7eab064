package org.recovery.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

/**
 * One run of {@code recovery nps}: checks its {@link NpsArguments}, reads the exports as one, and
 * writes the report, the rejected-row summary and any warnings. It does not depend on how the
 * arguments were read; a refusal of the arguments goes through {@link Refusal}, which picocli's
 * path turns into its usage error.
 */
final class NpsRun {

  /** Turns a refused argument into the exception the caller reports it with. */
  @FunctionalInterface
  interface Refusal {
    /**
     * Makes the exception for a refused argument.
     *
     * @param message what is wrong, naming the option and the value
     * @param cause the underlying failure, if any
     * @return the exception to throw
     */
    RuntimeException refuse(String message, @Nullable Throwable cause);
  }

  private final NpsArguments args;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean interactive;
  private final Refusal refusal;

  /**
   * @param args the command line's values
   * @param out where the report goes unless {@code --out} names a file
   * @param err where the rejected-row summary, warnings and progress go
   * @param interactive whether a person is watching a terminal (progress on {@code err})
   * @param refusal makes the exception for a refused argument
   */
  NpsRun(
      NpsArguments args, PrintWriter out, PrintWriter err, boolean interactive, Refusal refusal) {
    this.args = args;
    this.out = out;
    this.err = err;
    this.interactive = interactive;
    this.refusal = refusal;
  }

  /**
   * Runs the command.
   *
   * @return {@link RecoveryCommand#OK}
   * @throws RuntimeException from {@link Refusal} for refused arguments, {@link
   *     UnusableInputException} for input that cannot be used
   */
  int run() {
    validate();
    SurveyFormat fileFormat = format(args.files().get(0));
    String chosenScore = args.reading().score();
    String scoreColumn =
        chosenScore != null
            ? chosenScore
            : args.reading().preset().scoreColumn().orElseGet(() -> guessScore(fileFormat));
    var builder = builder(fileFormat, scoreColumn);
    RecoveryImpact.@Nullable Tally impactTally = null;
    Path impactFile = args.impact();
    if (impactFile != null) {
      ComplaintRecords records = InputFiles.located(impactFile, ComplaintRecords::fromCsv);
      impactTally = RecoveryImpact.of(records, NpsScale.defaults(), estimation()).tally();
      builder.onResponse(impactTally::add);
    }
    NpsReport report = read(builder);
    // No Optional.map: a lambda is linked on first use, interpreted, after the scan.
    Optional<RecoveryImpactReport> impactReport =
        impactTally == null ? Optional.empty() : Optional.of(impactTally.report());
    if (impactReport.isPresent() && args.format() != NpsCommand.Format.table) {
      err.println(
          "recovery nps: warning: the recovery-impact table is shown with --format table only");
    }
    write(report, impactReport);
    err.print(NpsTable.rejected(report, 5));
    if (report.duplicates() > 0) {
      err.println(
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
    if (args.reading().preset() != SurveyPreset.GENERIC) {
      return args.reading().preset().format();
    }
    String name = first.getFileName().toString().toLowerCase(Locale.ROOT);
    name = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")
        ? SurveyFormat.JSON_LINES
        : SurveyFormat.CSV;
  }

  private Estimation estimation() {
    return Estimation.builder().level(args.reading().level()).build();
  }

  private String title() {
    return "NPS of "
        + String.join(
            ", ", args.files().stream().map(f -> String.valueOf(f.getFileName())).toList());
  }

  private SurveyReaderBuilder builder(SurveyFormat fileFormat, String scoreColumn) {
    var builder = args.reading().reader(fileFormat, scoreColumn);
    Integer scanThreads = args.threads();
    if (scanThreads != null) {
      builder.threads(scanThreads);
    }
    sheet(builder);
    return builder;
  }

  private void sheet(SurveyReaderBuilder builder) {
    String name = args.sheet();
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
    return args.files().size() == 1 && args.files().get(0).toString().equals(NpsCommand.STDIN);
  }

  private SurveyReader build(SurveyReaderBuilder builder) {
    try {
      return builder.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw refusal.refuse(e.getMessage(), e);
    }
  }

  /**
   * Reads the files as one export. A person watching a terminal sees progress when the files are
   * read sequentially; the parallel scan is fast enough that progress is moot.
   */
  private NpsReport read(SurveyReaderBuilder builder) {
    SurveyReader reader = build(builder);
    List<Path> files = args.files();
    if (standardInput()) {
      try {
        return reader.read(System.in);
      } catch (SurveyFormatException e) {
        throw located(e);
      }
    }
    if (!interactive || reader.scansInParallel()) {
      try {
        return reader.read(files);
      } catch (SurveyFormatException e) {
        throw located(e);
      }
    }
    long total = files.stream().mapToLong(f -> f.toFile().length()).sum();
    var meter = new ProgressMeter(err, total, System::nanoTime);
    SurveyReader metered = build(reader.toBuilder().onProgress(meter::update));
    try {
      return metered.read(files);
    } catch (SurveyFormatException e) {
      throw located(e);
    } finally {
      meter.finish();
    }
  }

  /**
   * Finds the score column from the first file's header, as the reader sees it (the preset's header
   * rows, names merged).
   */
  private String guessScore(SurveyFormat fileFormat) {
    Path first = args.files().get(0);
    SurveyOptions options = args.reading();
    var layout = options.headerReader(fileFormat);
    sheet(layout);
    SurveyReader reader = build(layout);
    SurveyHeader header;
    try {
      header = reader.header(first);
    } catch (SurveyFormatException e) {
      throw located(e);
    }
    try {
      return options.guessScore(first.toString(), header);
    } catch (IllegalArgumentException e) {
      throw new UnusableInputException(e.getMessage(), e);
    }
  }

  /**
   * Names the file and its line when a read fails part-way. (Each read catches the failure itself
   * rather than passing a lambda here: linking a lambda costs a short run more than the catch.)
   */
  private UnusableInputException located(SurveyFormatException e) {
    String where =
        e.file().isPresent()
            ? e.getMessage()
            : args.files().get(0) + ":" + e.line() + ": " + e.getMessage();
    return new UnusableInputException(where, e);
  }

  /** Streams the report: JSON and CSV segment by segment, never the whole text in memory. */
  private void write(NpsReport report, Optional<RecoveryImpactReport> impactReport) {
    Path outFile = args.out();
    if (outFile == null) {
      Writer stdout = new BufferedWriter(new CheckedOutput(out), 1 << 16);
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
    switch (args.format()) {
      case table ->
          to.write(
              NpsTable.of(report)
                  + (impactReport.isPresent() ? ImpactTable.of(impactReport.get()) : ""));
      case json -> {
        report.writeJson(to);
        to.write("\n");
      }
      case csv -> report.writeCsv(to);
      case html -> to.write(report.toHtml(title()));
    }
  }

  private void validate() {
    Integer scanThreads = args.threads();
    if (scanThreads != null && scanThreads < 1) {
      throw refusal.refuse("--threads must be at least 1 but was " + scanThreads, null);
    }
    if (args.impact() != null && args.reading().id() == null) {
      throw refusal.refuse("--impact needs --id COLUMN to join responses with customers", null);
    }
    List<Path> given = args.files();
    if (given.size() > 1 && given.stream().anyMatch(f -> f.toString().equals(NpsCommand.STDIN))) {
      throw refusal.refuse(
          "- (standard input) must be the only FILE but files were " + given, null);
    }
    if (standardInput()
        && args.reading().score() == null
        && args.reading().preset().scoreColumn().isEmpty()) {
      throw refusal.refuse(
          "reading - (standard input) needs --score COLUMN: the header cannot be read twice to"
              + " guess it",
          null);
    }
    String name = args.sheet();
    if (name != null && name.matches("[0-9]+") && Integer.parseInt(name) < 1) {
      throw refusal.refuse(
          "--sheet must be a sheet name or a number from 1 but was '" + name + "'", null);
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
