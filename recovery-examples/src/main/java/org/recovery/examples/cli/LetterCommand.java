package org.recovery.examples.cli;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.recovery.templates.Letter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code recovery letter}: decides, then prints the letter to the customer. */
@Command(
    name = "letter",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Decide, then print the letter to the customer.",
    description = {
      "Decide what to do about a complaint, then print the letter to the customer:",
      "apology, acknowledgement, explanation, solution, what we change, incentive, thanks."
    })
final class LetterCommand implements Callable<Integer> {

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
  LetterFormat format = LetterFormat.text;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      converter = ZoneConverter.class,
      description = "The customer's time zone, in which dates are written (default: UTC).")
  @Nullable ZoneId zone;

  @Spec @Nullable CommandSpec spec;

  @Override
  public Integer call() {
    var commandLine = Objects.requireNonNull(spec, "spec").commandLine();
    Letter letter =
        decision
            .decide()
            .letter(
                Optional.ofNullable(lang), Optional.ofNullable(also), Optional.ofNullable(zone));
    commandLine.getOut().print(format.render(letter));
    for (String warning : letter.warnings()) {
      commandLine.getErr().println("recovery letter: warning: " + warning);
    }
    return RecoveryCommand.OK;
  }
}
