package org.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedElement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecoveryCommandTest {

  @TempDir Path dir;

  /**
   * Every run builds the root command, and every {@code nps} run its model; reading picocli
   * annotations there cost each run 70-90 ms, so these models are built in code.
   */
  @Test
  void theModelsEveryNpsRunBuildsDeclareNoPicocliAnnotations() {
    for (Class<?> type :
        List.of(
            RecoveryCommand.class,
            NpsCommand.class,
            SurveyReadingOptions.class,
            StandardHelpOptions.class)) {
      List<AnnotatedElement> elements = new ArrayList<>(List.of(type));
      elements.addAll(List.of(type.getDeclaredFields()));
      elements.addAll(List.of(type.getDeclaredMethods()));
      for (AnnotatedElement element : elements) {
        assertThat(element.getAnnotations())
            .as("%s", element)
            .noneMatch(a -> a.annotationType().getName().startsWith("picocli."));
      }
    }
  }

  @Test
  void withoutACommandItSaysOneIsRequiredAndExitsTwo() {
    var run = CommandRun.of();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "recovery: a command is required: nps, decide, letter, check, demo or serve"
                + " (see 'recovery --help')\n");
  }

  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    var run = CommandRun.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("nps", "decide", "letter", "check", "demo", "serve")
        .contains("Exit codes: 0 success, 1 findings (check), 2 bad usage or unusable input.");
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"nps", "decide", "letter", "check", "demo", "serve"})
  void everyCommandHasHelp(String command) {
    var run = CommandRun.of(command, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: recovery " + command).contains("--debug");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void versionNamesTheProgram() {
    var run = CommandRun.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("recovery ");
  }

  @Test
  void anUnknownOptionIsBadUsageInOneLine() {
    var run = CommandRun.of("decide", "--frobnicate", "c.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "recovery decide: Unknown option: '--frobnicate' (see 'recovery decide --help')\n");
  }

  @Test
  void anUnknownCommandIsNamedWithTheKnownOnes() {
    var run = CommandRun.of("refund", "c.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "recovery: unknown command 'refund': expected one of nps, decide, letter, check, demo,"
                + " serve (see 'recovery --help')\n");
  }

  @Test
  void aMissingArgumentIsBadUsageNamingIt() {
    var run = CommandRun.of("letter");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "recovery letter: Missing required parameter: 'COMPLAINT.json'"
                + " (see 'recovery letter --help')\n");
  }

  @Test
  void aBadInstantIsBadUsageShowingTheExpectedForm() {
    var run = CommandRun.of("decide", "c.json", "--now", "yesterday");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "recovery decide: Invalid value for option '--now': expected an ISO-8601 instant like"
                + " 2026-11-20T10:15:00Z but was 'yesterday' (see 'recovery decide --help')\n");
  }

  @Test
  void aBadEnumValueListsTheAcceptedOnes() {
    var run = CommandRun.of("letter", "c.json", "--format", "pdf");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("recovery letter: Invalid value for option '--format': expected one of")
        .contains("text, html, md, json")
        .doesNotContain("\tat ");
  }

  @Test
  void aConfidenceLevelOutsideZeroToOneIsRefused() {
    var run = CommandRun.of("nps", "export.csv", "--level", "95");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "recovery nps: --level must be between 0 and 1 (exclusive) but was 95.0"
                + " (see 'recovery nps --help')\n");
  }

  @Test
  void dedupeWithoutAnIdColumnIsRefused() {
    var run = CommandRun.of("nps", "export.csv", "--dedupe");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "recovery nps: --dedupe needs --id COLUMN to know who responded"
                + " (see 'recovery nps --help')\n");
  }

  @Test
  void aPeriodWithoutATimestampColumnIsRefused() {
    var run = CommandRun.of("nps", "export.csv", "--period", "week");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--period needs --timestamp COLUMN");
  }

  @Test
  void debugAddsTheStackTraceAfterTheOneLineMessage() {
    var run = CommandRun.of("decide", "c.json", "--now", "yesterday", "--debug");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().findFirst().orElseThrow())
        .startsWith("recovery decide: Invalid value for option '--now'");
    assertThat(run.err()).contains("\tat ");
  }
}
