package org.recovery.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * The {@code recovery} command line: {@code nps}, {@code decide}, {@code letter}, {@code check},
 * {@code demo} and {@code serve}. Exit codes: 0 success, 1 findings (for {@code check}), 2 bad
 * usage or unusable input, reported as one line on stderr (the stack trace only with {@code
 * --debug}).
 *
 * <p>{@link #execute(PrintWriter, PrintWriter, boolean, String...)} runs it in-process, which is
 * how the tests drive it and how a host can embed it.
 */
public final class RecoveryCommand implements Runnable {

  /** Exit code of a command that ran and found nothing to report. */
  public static final int OK = 0;

  /** Exit code of {@code check} when the draft has findings. */
  public static final int FINDINGS = 1;

  /** Exit code for bad usage or unusable input. */
  public static final int UNUSABLE = 2;

  private final boolean interactive;

  /**
   * The model, built in code: every run builds it, and reading annotations would cost each run
   * 70-90 ms (see {@link NpsCommand}). The commands other than {@code nps} keep their annotations;
   * they are built only when named, or for help.
   */
  private final CommandSpec spec =
      CommandSpec.wrapWithoutInspection(this, DeferredFactory.INSTANCE);

  private RecoveryCommand(boolean interactive) {
    this.interactive = interactive;
    spec.name("recovery")
        .versionProvider(new Version())
        .addOption(
            OptionSpec.builder(CommandFailures.DEBUG)
                .type(boolean.class)
                .initialValue(false)
                .scopeType(ScopeType.INHERIT)
                .description("Print the stack trace when a command fails.")
                .build());
    StandardHelpOptions.addTo(spec);
    spec.usageMessage()
        .sortOptions(false)
        .description("Win back customers after something went wrong.")
        .footer(
            "",
            "Exit codes: 0 success, 1 findings (check), 2 bad usage or unusable input.",
            "Run 'recovery COMMAND --help' for a command's options.");
  }

  /**
   * Runs the command line and exits with its code. Output is UTF-8 whatever the platform's default;
   * progress is shown only when attached to a terminal.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    if (quietLogging() && args.length > 0 && args[0].equals("nps")) {
      // Only with the no-operation provider, which replays nothing a substitute logger recorded
      // and so prints no warning about it; and not before serve, which chooses its own provider.
      startLogging();
    }
    var out = utf8(System.out);
    var err = utf8(System.err);
    int code = execute(out, err, System.console() != null, args);
    System.exit(code);
  }

  /**
   * Runs the command line in-process: arguments in, text out, exit code back. Nothing is written to
   * {@code System.out} or {@code System.err}, and the JVM is not exited.
   *
   * @param out where results go; flushed before returning
   * @param err where messages, rejected-row summaries and progress go; flushed before returning
   * @param interactive whether a person is watching a terminal (enables progress on {@code err})
   * @param args the arguments, e.g. {@code "decide", "complaint.json"}
   * @return the exit code: {@link #OK}, {@link #FINDINGS} or {@link #UNUSABLE}
   */
  public static int execute(PrintWriter out, PrintWriter err, boolean interactive, String... args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // Answered without building the command model, which costs more than the rest of the start.
      out.println(new Version().getVersion()[0]);
      out.flush();
      return OK;
    }
    if (args.length > 0 && args[0].equals("nps")) {
      Integer code = plainNps(out, err, interactive, Arrays.asList(args).subList(1, args.length));
      if (code != null) {
        return code;
      }
    }
    try {
      return commandLine(out, err, interactive, args).execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * Builds picocli's command line for these arguments, with the commands they need, ready to run.
   */
  static CommandLine commandLine(
      PrintWriter out, PrintWriter err, boolean interactive, String... args) {
    var failures = new CommandFailures();
    var commandLine =
        new CommandLine(new RecoveryCommand(interactive).spec, DeferredFactory.INSTANCE);
    for (Object subcommand : subcommandsFor(args)) {
      commandLine.addSubcommand(subcommand);
    }
    // Set after adding the subcommands: picocli hands settings only to those present.
    return commandLine
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(failures)
        .setExecutionExceptionHandler(failures);
  }

  /**
   * Runs {@code nps} from a plain command line without building picocli's model of the command
   * line, which costs a short run a tenth of its time. Returns null when picocli must run it
   * instead: the line is not one {@link NpsArgumentsReader} reads, or an argument is refused, in
   * which case picocli refuses it again with its usage message (nothing has been written yet:
   * arguments are checked before any input is read).
   */
  private static @Nullable Integer plainNps(
      PrintWriter out, PrintWriter err, boolean interactive, List<String> args) {
    Optional<NpsArguments> read = NpsArgumentsReader.read(args);
    if (read.isEmpty()) {
      return null;
    }
    try {
      return new NpsRun(read.get(), out, err, interactive, Refused.REFUSAL).run();
    } catch (Refused refused) {
      return null;
    } catch (RuntimeException e) {
      return CommandFailures.failed("recovery nps", e, args.contains(CommandFailures.DEBUG), err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** An argument {@link #plainNps} leaves to picocli to refuse. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Refuses every argument this way; a class, not a lambda, for the cost of linking one. */
    static final NpsRun.Refusal REFUSAL =
        new NpsRun.Refusal() {
          @Override
          public RuntimeException refuse(String message, @Nullable Throwable cause) {
            return new Refused();
          }
        };

    Refused() {
      super(null, null, false, false);
    }
  }

  /**
   * Chooses the subcommands to build. Picocli reads every option of every subcommand it is given,
   * and on a short run that reflection is most of the start-up; a run that names its command needs
   * only that one. Help and mistakes get them all, so usage text and "expected one of" messages are
   * unchanged.
   */
  private static List<Object> subcommandsFor(String... args) {
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        Object named = subcommand(arg);
        if (named != null) {
          return List.of(named);
        }
        break;
      }
    }
    List<Object> all = new ArrayList<>();
    for (String name : List.of("nps", "decide", "letter", "check", "demo", "serve")) {
      all.add(Objects.requireNonNull(subcommand(name), name));
    }
    return all;
  }

  /**
   * Builds a subcommand by name; null for a name that is none. A switch rather than a map of
   * suppliers: each lambda is linked on its first use, and a short run pays for every one.
   */
  private static @Nullable Object subcommand(String name) {
    return switch (name) {
      case "nps" -> new NpsCommand().spec();
      case "decide" -> new DecideCommand();
      case "letter" -> new LetterCommand();
      case "check" -> new CheckCommand();
      case "demo" -> new DemoCommand();
      case "serve" -> new ServeCommand();
      default -> null;
    };
  }

  /**
   * Tells whether a person is watching a terminal.
   *
   * @return true when progress may be shown on stderr
   */
  boolean interactive() {
    return interactive;
  }

  /** Without a subcommand there is nothing to do: that is bad usage. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a command is required: nps, decide, letter, check, demo or serve");
  }

  /**
   * slf4j-api warns on stderr when no logging backend is present, and a command line has none by
   * design: select slf4j's own no-operation provider unless the user chose another.
   *
   * @return true when the no-operation provider was selected here
   */
  static boolean quietLogging() {
    if (System.getProperty("slf4j.provider") != null) {
      return false;
    }
    System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "WARN");
    }
    return true;
  }

  /**
   * Starts slf4j on a thread of its own, while this one reads the command line and the export's
   * header on the other core. slf4j's start formats a message with {@code String.format} when a
   * provider is named, and the formatter's first use compiles its pattern and links lambdas,
   * interpreted: 6-8 ms. A logger asked for meanwhile is a substitute that slf4j points at the real
   * one once it is up.
   */
  static void startLogging() {
    Thread start = new Thread(new LoggingStart(), "recovery-logging-start");
    start.setDaemon(true);
    start.start();
  }

  /** Starts slf4j: finds its provider and logger factory. */
  private static final class LoggingStart implements Runnable {
    @Override
    public void run() {
      LoggerFactory.getILoggerFactory();
    }
  }

  static PrintWriter utf8(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = RecoveryCommand.class.getPackage().getImplementationVersion();
      return new String[] {"recovery " + (v == null ? "development build" : v)};
    }
  }
}
