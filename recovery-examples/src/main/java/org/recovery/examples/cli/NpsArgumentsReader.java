package org.recovery.examples.cli;

import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.recovery.nps.io.SurveyPreset;

/**
 * Reads a plain {@code recovery nps} command line without building picocli's model of the command,
 * which costs a short run about a tenth of its time: picocli's first regular expressions, the
 * reflection behind its built-in converters, and a model of some thirty options and their help.
 *
 * <p>It reads only what it can read exactly as picocli would: files, and the command's options each
 * given once (but {@code --by}, which adds up) as {@code --name VALUE} or {@code --name=VALUE},
 * with values that convert as picocli converts them. Anything else (help, an unknown or repeated
 * option, a value that starts with a dash or does not convert, an argument file, standard input,
 * quotes in a list) is left to picocli, with its messages: {@link #read} then returns empty. A test
 * holds the two to the same values for every command line this one reads.
 */
final class NpsArgumentsReader {

  /** The option that asks for stack traces; any command takes it. */
  private static final String DEBUG = CommandFailures.DEBUG;

  private final Set<String> seen = new HashSet<>();
  private final List<Path> files = new ArrayList<>();
  private final List<String> by = new ArrayList<>();
  private @Nullable String sheet;
  private SurveyPreset preset = SurveyPreset.GENERIC;
  private @Nullable String score;
  private @Nullable ReportPeriod period;
  private @Nullable String timestamp;
  private @Nullable String timestampFormat;
  private ZoneId zone = ZoneOffset.UTC;
  private @Nullable String id;
  private boolean dedupe;
  private @Nullable String weight;
  private double level = 0.95;
  private @Nullable Path impact;
  private @Nullable Integer threads;
  private @Nullable String delimiter;
  private @Nullable Charset charset;
  private NpsCommand.Format format = NpsCommand.Format.table;
  private @Nullable Path out;

  private NpsArgumentsReader() {}

  /**
   * Reads the arguments that follow {@code nps}.
   *
   * @param args the arguments after the command's name
   * @return the values, or empty when picocli must read this command line
   */
  static Optional<NpsArguments> read(List<String> args) {
    var reader = new NpsArgumentsReader();
    return reader.readAll(args) ? reader.arguments() : Optional.empty();
  }

  private boolean readAll(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.isEmpty() || arg.startsWith("@")) {
        return false;
      }
      if (!arg.startsWith("-")) {
        try {
          files.add(Path.of(arg));
        } catch (InvalidPathException e) {
          return false;
        }
        continue;
      }
      if (arg.equals(DEBUG) || arg.equals("--dedupe")) {
        if (!seen.add(arg)) {
          return false;
        }
        dedupe |= arg.equals("--dedupe");
        continue;
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg : arg.substring(0, equals);
      String value;
      if (equals >= 0) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        return false;
      }
      if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
        return false;
      }
      if (!(name.equals("--by") || seen.add(name)) || !option(name, value)) {
        return false;
      }
    }
    return !files.isEmpty();
  }

  /** Takes one option's value; false when the option is not one read here or does not convert. */
  private boolean option(String name, String value) {
    try {
      switch (name) {
        case "--score" -> score = value;
        case "--timestamp" -> timestamp = value;
        case "--timestamp-format" -> timestampFormat = value;
        case "--id" -> id = value;
        case "--weight" -> weight = value;
        case "--sheet" -> sheet = value;
        case "--delimiter" -> delimiter = value;
        case "--by" -> by.addAll(columns(value));
        case "--period" -> period = constant(ReportPeriod.class, value);
        case "--preset" -> preset = constant(SurveyPreset.class, value);
        case "--format" -> format = constant(NpsCommand.Format.class, value);
        case "--zone" -> zone = ZoneId.of(value);
        case "--level" -> level = Double.valueOf(value);
        case "--threads" -> threads = Integer.valueOf(value);
        case "--charset" -> charset = Charset.forName(value);
        case "--impact" -> impact = Path.of(value);
        case "--out" -> out = Path.of(value);
        default -> {
          return false;
        }
      }
      return true;
    } catch (IllegalArgumentException | DateTimeException e) {
      // A value that does not convert: picocli refuses it, with its message.
      return false;
    }
  }

  /** Splits a list of columns as picocli does, where no part is empty or quoted. */
  private static List<String> columns(String value) {
    List<String> parts = List.of(value.split(",", -1));
    if (value.indexOf('"') >= 0 || parts.contains("")) {
      throw new IllegalArgumentException("not a plain list: " + value);
    }
    return parts;
  }

  /** The constant of {@code type} named {@code value}, in any letter case, as picocli allows. */
  private static <E extends Enum<E>> E constant(Class<E> type, String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("no " + type.getSimpleName() + " named " + value);
  }

  /** The values read, or empty when picocli must refuse the reading options with its message. */
  private Optional<NpsArguments> arguments() {
    SurveyOptions reading;
    try {
      reading =
          new SurveyOptions(
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
      return Optional.empty();
    }
    return Optional.of(new NpsArguments(files, sheet, reading, impact, threads, format, out));
  }
}
