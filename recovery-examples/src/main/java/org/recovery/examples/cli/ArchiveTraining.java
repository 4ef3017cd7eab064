package org.recovery.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The run the build records the launcher's class-data archive from (not a command): {@code recovery
 * nps} in every report format, first on the training exports (a CSV file and a workbook, by country
 * and by week), then on a larger export that the parallel scan cuts into many chunks and that holds
 * rejected rows. All in one JVM, so the archive holds the classes each of those paths loads, where
 * a single training command would leave the other formats' writers and the scan's chunk guessing to
 * be loaded and verified from the jar on every run.
 *
 * <p>Each format is also run once through picocli's reading of the command line, which a plain
 * {@code nps} line skips ({@link NpsArgumentsReader}), and {@code nps --help} once, so that help
 * and the lines left to picocli start from the archive too.
 *
 * <p>Arguments: the training CSV export, the training workbook, and a directory for the larger
 * export. A run that fails fails the build.
 */
final class ArchiveTraining {

  /** The larger export's minimum size: past the scan's first, small chunks. */
  private static final int LARGER = 4 << 20;

  private static final List<String> FORMATS = List.of("table", "json", "csv", "html");

  private ArchiveTraining() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException(
          "expected TRAINING_CSV TRAINING_XLSX WORK_DIR but got " + args.length + " arguments");
    }
    RecoveryCommand.quietLogging();
    // As the command line starts slf4j: on a thread of its own, while a logger asked for meanwhile
    // is a substitute, which records what is logged through it until slf4j is up. Whether that
    // happens depends on timing, so the classes are loaded here, for the archive.
    RecoveryCommand.startLogging();
    loadClass("org.slf4j.helpers.SubstituteLogger");
    loadClass("org.slf4j.event.EventRecordingLogger");
    loadClass("org.slf4j.event.SubstituteLoggingEvent");
    PrintWriter out = RecoveryCommand.utf8(new PrintStream(OutputStream.nullOutputStream()));
    PrintWriter err = RecoveryCommand.utf8(new PrintStream(OutputStream.nullOutputStream()));
    Path larger = larger(Path.of(args[0]), Path.of(args[2]));
    for (String format : FORMATS) {
      run(
          out,
          err,
          "nps",
          args[0],
          args[1],
          "--score",
          "score",
          "--by",
          "country",
          "--timestamp",
          "submitted_at",
          "--period",
          "week",
          "--format",
          format);
      run(out, err, "nps", larger.toString(), "--score", "score", "--format", format);
      // After "--" only picocli reads the line: its model, parser and converters, for help and
      // for command lines the plain reader leaves to it.
      run(out, err, "nps", "--score", "score", "--format", format, "--", args[0]);
    }
    run(out, err, "nps", "--help");
    run(out, err, "--version");
  }

  private static void loadClass(String name) {
    try {
      Class.forName(name, false, ArchiveTraining.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the command line's class path lacks " + name, e);
    }
  }

  private static void run(PrintWriter out, PrintWriter err, String... args) {
    int code = RecoveryCommand.execute(out, err, false, args);
    if (code != RecoveryCommand.OK) {
      throw new IllegalStateException(
          "training run failed with exit code " + code + ": recovery " + String.join(" ", args));
    }
  }

  /**
   * Writes the training export's data rows again and again, past the scan's small first chunks,
   * then rows the reader rejects (a blank score, a word, a fraction, a score out of range).
   */
  private static Path larger(Path csv, Path dir) throws IOException {
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    int dataStart = text.indexOf('\n') + 1;
    StringBuilder export = new StringBuilder(LARGER + text.length());
    export.append(text);
    while (export.length() < LARGER) {
      export.append(text, dataStart, text.length());
    }
    List<String> rejected = new ArrayList<>();
    for (String score : List.of("", "great", "7.5", "11")) {
      rejected.add(
          "R_training,SV_training,2026-01-05T10:00:00Z,customer@mail.example.com,GB,en,Mug,web,"
              + "mobile,"
              + score
              + ",30,\"A rejected row\"");
    }
    export.append(String.join("\n", rejected)).append('\n');
    Path file = dir.resolve("training-larger.csv");
    Files.createDirectories(dir);
    Files.writeString(file, export, StandardCharsets.UTF_8);
    return file;
  }
}
