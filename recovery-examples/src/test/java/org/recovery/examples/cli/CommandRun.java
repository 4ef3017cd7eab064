package org.recovery.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of the command line: the arguments went in, this came out.
 *
 * @param exitCode the exit code
 * @param out what went to stdout
 * @param err what went to stderr
 */
record CommandRun(int exitCode, String out, String err) {

  /**
   * Runs {@code recovery ARGS…} as if from a script, not a terminal (no progress output).
   *
   * @param args the arguments
   * @return what came out
   */
  static CommandRun of(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    int code = RecoveryCommand.execute(new PrintWriter(out), new PrintWriter(err), false, args);
    return new CommandRun(code, out.toString(), err.toString());
  }
}
