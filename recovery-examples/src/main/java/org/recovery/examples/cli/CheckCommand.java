package org.recovery.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.recovery.templates.Finding;
import org.recovery.templates.OwnershipChecker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recovery check}: finds blame, excuses and stock apologies in a draft reply. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Find blame, excuses and stock apologies in a draft reply.",
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

  @Spec @Nullable CommandSpec spec;

  @Override
  public Integer call() {
    var commandLine = Objects.requireNonNull(spec, "spec").commandLine();
    String text = InputFiles.readText(Objects.requireNonNull(draft, "draft"));
    var checker = OwnershipChecker.defaults();
    if (!checker.languageTags().contains(lang.getLanguage())) {
      commandLine
          .getErr()
          .println(
              "recovery check: warning: no patterns for '"
                  + lang.toLanguageTag()
                  + "' (there are "
                  + String.join(", ", checker.languageTags())
                  + "); checked against English");
    }
    List<Finding> findings = checker.check(text, lang);
    var out = commandLine.getOut();
    for (Finding finding : findings) {
      out.println(draft + ":" + finding);
    }
    if (findings.isEmpty()) {
      return RecoveryCommand.OK;
    }
    commandLine
        .getErr()
        .println(
            findings.size() + (findings.size() == 1 ? " finding" : " findings") + " in " + draft);
    return RecoveryCommand.FINDINGS;
  }
}
