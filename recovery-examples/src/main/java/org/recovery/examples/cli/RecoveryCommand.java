package org.recovery.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code recovery} command line; subcommands arrive with the modules they drive. */
@Command(
    name = "recovery",
    mixinStandardHelpOptions = true,
    versionProvider = RecoveryCommand.Version.class,
    description = "Win back customers after something went wrong.")
public final class RecoveryCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.@org.jspecify.annotations.Nullable CommandSpec spec;

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new RecoveryCommand()).execute(args));
  }

  @Override
  public void run() {
    if (spec != null) {
      spec.commandLine().usage(System.out);
    }
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
