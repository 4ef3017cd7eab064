package org.recovery.examples.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code recovery letter}: decides, then prints the letter to the customer. */
@Command(
    name = "letter",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Decide what to do about a complaint, then print the letter to the customer:",
      "apology, acknowledgement, explanation, solution, what we change, incentive, thanks."
    })
final class LetterCommand implements Callable<Integer> {

  /** The renderings a letter can be printed in. */
  enum Format {
    /** Plain text wrapped at 72 columns. */
    text,
    /** A well-formed HTML fragment, every customer-supplied string escaped. */
    html,
    /** Markdown. */
    md,
    /** The sections and their text, as JSON. */
    json
  }

  @Mixin DecisionOptions decision = new DecisionOptions();

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      converter = LocaleConverter.class,
      description = "The language of the letter, e.g. es (default: the complaint's language).")
  @Nullable Locale lang;

  @Option(
      names = "--also",
      paramLabel = "LANG",
      converter = LocaleConverter.class,
      description = "A second language printed after the first, e.g. en.")
  @Nullable Locale also;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text, html, md or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Override
  public Integer call() {
    throw new UnusableInputException(
        "letter needs recovery-templates' letter builder, which this build does not include yet");
  }
}
