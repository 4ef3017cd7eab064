package org.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training run the build records the launcher's class-data archive from. */
class ArchiveTrainingTest {

  private static final String CSV = "src/launcher/training.csv";
  private static final String XLSX = "src/launcher/training.xlsx";

  @TempDir Path dir;

  @Test
  void runsEveryFormatAndWritesALargerExportEndingInRejectedRows() throws Exception {
    ArchiveTraining.main(new String[] {CSV, XLSX, dir.toString()});

    Path larger = dir.resolve("training-larger.csv");
    assertThat(Files.size(larger)).isGreaterThan(4L << 20);
    String text = Files.readString(larger, StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith(
            Files.readString(Path.of(CSV), StandardCharsets.UTF_8).lines().findFirst().get())
        .endsWith("mobile,11,30,\"A rejected row\"\n");
    var out = new StringWriter();
    var err = new StringWriter();
    int code =
        RecoveryCommand.execute(
            new PrintWriter(out),
            new PrintWriter(err),
            false,
            "nps",
            larger.toString(),
            "--score",
            "score");
    assertThat(code).isEqualTo(RecoveryCommand.OK);
    assertThat(err.toString())
        .contains("1 BLANK, 1 NOT_A_NUMBER, 1 NOT_AN_INTEGER, 1 OUT_OF_RANGE");
  }

  @Test
  void wrongArgumentsAreRefusedWithWhatIsExpected() {
    assertThatThrownBy(() -> ArchiveTraining.main(new String[] {CSV}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected TRAINING_CSV TRAINING_XLSX WORK_DIR but got 1 arguments");
  }

  @Test
  void aTrainingRunThatFailsFailsWithTheCommandItRan() throws Exception {
    Path noScore = Files.writeString(dir.resolve("no-score.csv"), "a,b\n1,2\n");

    assertThatThrownBy(
            () -> ArchiveTraining.main(new String[] {noScore.toString(), XLSX, dir.toString()}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "training run failed with exit code 2: recovery nps " + noScore + " " + XLSX);
  }

  @Test
  void aMissingTrainingExportIsNamed() {
    Path missing = dir.resolve("missing.csv");

    assertThatThrownBy(
            () -> ArchiveTraining.main(new String[] {missing.toString(), XLSX, dir.toString()}))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(missing.toString());
  }
}
