package org.recovery.examples.cli;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
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

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      description = "The customer's time zone, in which dates are written (default: UTC).")
  @Nullable ZoneId zone;

  @Spec @Nullable CommandSpec spec;

  @Override
  public Integer call() {
    var commandLine = Objects.requireNonNull(spec, "spec").commandLine();
    Decision d = decision.decide();
    var builder = Letter.builder(d.complaint(), d.plan());
    builder.locale(lang != null ? lang : d.complaint().language());
    if (also != null) {
      builder.secondLocale(also);
    }
    if (zone != null) {
      builder.zone(zone);
    }
    Letter letter = builder.build();
    String text =
        switch (format) {
          case text -> letter.toText();
          case html -> letter.toHtml();
          case md -> letter.toMarkdown();
          case json -> letter.toJson();
        };
    var out = commandLine.getOut();
    out.print(text);
    if (!text.endsWith("\n")) {
      out.println();
    }
    for (String warning : letter.warnings()) {
      commandLine.getErr().println("recovery letter: warning: " + warning);
    }
    return RecoveryCommand.OK;
  }
}
