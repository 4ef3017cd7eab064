package org.recovery.examples.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code recovery check}: finds blame, excuses and stock apologies in a draft reply. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Check a draft reply for blame, excuses, stock or conditional apologies and condescension.",
      "Prints one finding per line (line:column, category, suggestion); exit code 1 if any."
    })
final class CheckCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DRAFT.txt", description = "The draft, as UTF-8 text.")
  @Nullable Path draft;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      converter = LocaleConverter.class,
      description = "The language of the draft (default: ${DEFAULT-VALUE}).",
      defaultValue = "en")
  Locale lang = Locale.ENGLISH;

  @Override
  public Integer call() {
    throw new UnusableInputException(
        "check needs recovery-templates' ownership-language checker, which this build does not"
            + " include yet");
  }
}
