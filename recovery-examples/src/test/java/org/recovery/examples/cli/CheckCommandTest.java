package org.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  @TempDir Path dir;

  @Test
  void aDraftThatBlamesAndExcusesHasFindingsAndExitsOne() throws IOException {
    Path draft =
        Files.writeString(
            dir.resolve("draft.txt"),
            "Hi Dana,\n"
                + "We apologize for any inconvenience. You should have read the size chart.\n"
                + "The delay was beyond our control.\n");

    var run = CommandRun.of("check", draft.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines())
        .hasSize(3)
        .allMatch(line -> line.startsWith(draft + ":"))
        .anyMatch(line -> line.startsWith(draft + ":2:1 STOCK_APOLOGY"))
        .anyMatch(line -> line.startsWith(draft + ":2:37 BLAME \"You should have\" -> "))
        .anyMatch(line -> line.startsWith(draft + ":3:15 EXCUSE \"beyond our control\" -> "));
    assertThat(run.err()).isEqualTo("3 findings in " + draft + "\n");
  }

  @Test
  void aDraftThatOwnsTheProblemIsCleanAndExitsZero() throws IOException {
    Path draft =
        Files.writeString(
            dir.resolve("draft.txt"),
            "Hi Dana,\nThe handle snapped because we packed it badly. A new one ships today;"
                + " there is no need to send anything back.\nThank you for telling us.\n");

    var run = CommandRun.of("check", draft.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void checksOtherShippedLanguages() throws IOException {
    Path draft =
        Files.writeString(dir.resolve("borrador.txt"), "Lamentamos las molestias ocasionadas.\n");

    var run = CommandRun.of("check", draft.toString(), "--lang", "es");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("STOCK_APOLOGY");
  }

  @Test
  void findsEveryCategoryButConditionalApologyInTheShippedDraft() {
    Path draft = Samples.copy(dir, "draft-reply.txt");

    var run = CommandRun.of("check", draft.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(":3:1 STOCK_APOLOGY", ":3:37 BLAME", ":4:1 BLAME", ":5:24 EXCUSE")
        .contains(":5:56 CONDESCENSION");
    assertThat(run.err()).isEqualTo("5 findings in " + draft + "\n");
  }

  @Test
  void aMissingDraftIsOneLineAndExitTwo() {
    Path missing = dir.resolve("draft.txt");

    var run = CommandRun.of("check", missing.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("recovery check: cannot read " + missing + ": no such file\n");
  }
}
