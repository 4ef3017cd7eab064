package org.recovery.examples.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code -h, --help} and {@code -V, --version} options, for commands whose model is built in
 * code. They read as picocli's {@code mixinStandardHelpOptions} do; that mixin is an annotated
 * class, and reading annotations is what a model built in code avoids.
 */
final class StandardHelpOptions {

  private StandardHelpOptions() {}

  /**
   * Adds the two options to a command, after those it already has.
   *
   * @param spec the command
   * @return the command
   */
  static CommandSpec addTo(CommandSpec spec) {
    return spec.addOption(
            OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .description("Show this help message and exit.")
                .build())
        .addOption(
            OptionSpec.builder("-V", "--version")
                .versionHelp(true)
                .description("Print version information and exit.")
                .build());
  }
}
