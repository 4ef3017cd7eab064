package org.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.templates.OwnershipChecker;

class DemoCommandTest {

  private static final CommandRun RUN = CommandRun.of("demo");

  @Test
  void tellsTheWholeStoryFromTheJarAloneAndExitsZero() {
    assertThat(RUN.exitCode()).as(RUN.err()).isZero();
    assertThat(RUN.err()).isEmpty();
    for (var c : DemoCommand.CASES) {
      assertThat(RUN.out()).contains(c.title());
    }
    assertThat(RUN.out()).contains("NPS of survey-export.csv").contains("Recovery impact");
  }

  @Test
  void showsEachSeedCasesDefiningDecision() {
    assertThat(RUN.out())
        .contains("1. REPLACEMENT      GP-100 x 1")
        .contains("1. EXCHANGE         RS-240-38 x 1")
        .contains("1. GUIDANCE         help to use EM-7; if not enough: REFUND")
        .contains("1. REFUND           38.00 USD now, nothing to send back (TT-12)")
        .contains("tone FORMAL_APOLOGY | goodwill 0.19 | account RED")
        .contains("(30 min after it arrived)")
        .contains("¡Hola, Lucía Fernández!")
        .contains("Bonjour Marc Dubois,");
  }

  @Test
  void everyEnglishLetterInTheDemoPassesTheOwnershipChecker() {
    var checker = OwnershipChecker.defaults();
    String[] blocks = RUN.out().split("LETTER\n");
    for (int i = 1; i < blocks.length; i++) {
      String letter = blocks[i].split("\n={72}\n")[0];
      String english =
          letter.contains("English version\n") ? letter.split("English version\n")[1] : letter;
      assertThat(checker.check(english, Locale.ENGLISH)).as(english).isEmpty();
    }
  }

  @Test
  void writesTheSamplesForTheOtherCommandsToTry(@TempDir Path dir) {
    Path samples = dir.resolve("samples");

    var run = CommandRun.of("demo", "--samples", samples.toString());
    var decide = CommandRun.of("decide", samples.resolve("4-poor-quality.json").toString());
    var nps = CommandRun.of("nps", samples.resolve("survey-export.csv").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(15).contains(samples.resolve("customers.csv").toString());
    assertThat(decide.exitCode()).isZero();
    assertThat(nps.out()).contains("all responses      1,971  17.1");
  }

  @Test
  void neverOverwritesFilesWhenWritingTheSamples(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("1-broken-item.json"), "mine");

    var run = CommandRun.of("demo", "--samples", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "recovery demo: cannot write "
                + dir.resolve("1-broken-item.json")
                + ": it exists; choose an empty directory\n");
    assertThat(Files.readString(dir.resolve("1-broken-item.json"))).isEqualTo("mine");
  }

  @Test
  void showsTheRecoveryParadoxInTheImpactTable() {
    assertThat(RUN.out())
        .containsPattern("complained, resolved +291 +40\\.9")
        .containsPattern("complained, resolved - never complained +\\+21\\.8");
  }
}
