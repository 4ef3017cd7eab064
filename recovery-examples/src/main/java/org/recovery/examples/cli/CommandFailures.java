package org.recovery.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.recovery.core.RecoveryException;
import org.recovery.nps.NpsException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into one line on stderr and exit code {@link RecoveryCommand#UNUSABLE}:
 * bad usage, a file that cannot be read, input the library refuses. The stack trace follows only
 * with {@code --debug}; nobody should have to read one to learn that a file is missing.
 */
final class CommandFailures
    implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {

  static final String DEBUG = "--debug";

  @Override
  public int handleParseException(CommandLine.ParameterException ex, String[] args) {
    var commandLine = ex.getCommandLine();
    String name = commandLine.getCommandSpec().qualifiedName();
    var err = commandLine.getErr();
    err.println(name + ": " + problem(ex) + " (see '" + name + " --help')");
    if (Arrays.asList(args).contains(DEBUG)) {
      ex.printStackTrace(err);
    }
    return RecoveryCommand.UNUSABLE;
  }

  /** Names an unknown command as such; picocli would call it an unmatched argument. */
  private static String problem(CommandLine.ParameterException ex) {
    var commandLine = ex.getCommandLine();
    if (ex instanceof CommandLine.UnmatchedArgumentException unmatched
        && commandLine.getParent() == null
        && !unmatched.getUnmatched().isEmpty()
        && !unmatched.getUnmatched().get(0).startsWith("-")) {
      return "unknown command '"
          + unmatched.getUnmatched().get(0)
          + "': expected one of "
          + String.join(", ", commandLine.getSubcommands().keySet());
    }
    return oneLine(ex.getMessage());
  }

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, ParseResult parseResult) {
    return failed(
        commandLine.getCommandSpec().qualifiedName(),
        ex,
        debugRequested(parseResult),
        commandLine.getErr());
  }

  /**
   * Reports a command that failed while it ran: one line naming the problem, and the stack trace
   * with {@code --debug} (or a hint that it exists, for a failure that is not the input's fault).
   *
   * @param command the command's full name, e.g. {@code recovery nps}
   * @param ex what was thrown
   * @param debug whether {@code --debug} was given
   * @param err where the report goes
   * @return {@link RecoveryCommand#UNUSABLE}
   */
  static int failed(String command, Exception ex, boolean debug, PrintWriter err) {
    String line = command + ": " + describe(ex);
    if (!debug && !expected(ex)) {
      line += " (run with --debug for the stack trace)";
    }
    err.println(line);
    if (debug) {
      ex.printStackTrace(err);
    }
    return RecoveryCommand.UNUSABLE;
  }

  /**
   * Describes a failure in one line: which file or value, and what is wrong with it.
   *
   * @param failure what was thrown
   * @return the line, without the command name
   */
  static String describeWrite(Path target, IOException failure) {
    String reason;
    if (failure instanceof NoSuchFileException) {
      reason = "its directory does not exist";
    } else if (failure instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (failure instanceof FileSystemException fs && fs.getReason() != null) {
      reason = oneLine(fs.getReason());
    } else {
      reason = oneLine(failure.getMessage());
    }
    return "cannot write " + target + ": " + reason;
  }

  static String describe(Throwable failure) {
    if (failure instanceof UncheckedIOException unchecked) {
      return describe(unchecked.getCause());
    }
    if (failure instanceof NoSuchFileException missing) {
      return "cannot read " + missing.getFile() + ": no such file";
    }
    if (failure instanceof AccessDeniedException denied) {
      return "cannot read " + denied.getFile() + ": permission denied";
    }
    if (failure instanceof FileSystemException fs) {
      return "cannot read " + fs.getFile() + ": " + oneLine(fs.getReason());
    }
    if (failure instanceof IOException io) {
      return "cannot read input: " + oneLine(io.getMessage());
    }
    if (expected(failure)) {
      return oneLine(failure.getMessage());
    }
    return "unexpected "
        + failure.getClass().getSimpleName()
        + ": "
        + oneLine(failure.getMessage());
  }

  /** Input problems are expected; anything else is a defect worth a stack trace. */
  private static boolean expected(Throwable failure) {
    return failure instanceof UnusableInputException
        || failure instanceof RecoveryException
        || failure instanceof NpsException
        || failure instanceof IllegalArgumentException
        || failure instanceof IOException
        || failure instanceof UncheckedIOException;
  }

  private static boolean debugRequested(ParseResult parseResult) {
    for (ParseResult r = parseResult; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption(DEBUG)) {
        return true;
      }
    }
    return false;
  }

  static String oneLine(@org.jspecify.annotations.Nullable String message) {
    if (message == null || message.isBlank()) {
      return "no details given";
    }
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
