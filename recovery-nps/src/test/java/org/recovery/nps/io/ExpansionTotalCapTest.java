package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The total cap: all parts together may inflate to it and not a byte more, each part counted once,
 * whether the check's thread inflates it or a reader that claimed it does. The cap is lowered to
 * the size of small files; parts of noise compress too little to be called zip bombs.
 */
class ExpansionTotalCapTest {
  private static final int FIRST = 2 << 20;
  private static final int SHEET = 300_000;
  private static final String SHEET_PART = "xl/worksheets/sheet1.xml";

  @TempDir Path dir;

  private Path book() throws IOException {
    return ExpansionParts.zip(
        dir.resolve("book.xlsx"),
        "xl/styles.xml",
        ExpansionParts.noise(FIRST, 1),
        SHEET_PART,
        ExpansionParts.noise(SHEET, 2));
  }

  @Test
  void partsTheCheckInflatesMayTogetherReachTheCapButNotPassIt() throws IOException {
    Path file = book();
    ExpansionCheck.start(file, FIRST + SHEET).await();

    ExpansionCheck over = ExpansionCheck.start(file, FIRST + SHEET - 1);
    assertThatThrownBy(over::await)
        .isInstanceOf(SurveyFormatException.class)
        .hasMessageContaining("its parts expand to more than")
        .hasMessageContaining("(reached in part " + SHEET_PART + ")");
  }

  @Test
  void aPartClaimedBeforeTheCheckReachesItCountsTowardTheCap() throws IOException {
    Path file = book();
    ExpansionCheck over = ExpansionCheck.start(file, FIRST + SHEET - 1);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      over.claim(zip, zip.getEntry(SHEET_PART)).finish();
    }
    assertThatThrownBy(over::await)
        .isInstanceOf(SurveyFormatException.class)
        .hasMessageContaining("its parts expand to more than");

    ExpansionCheck exact = ExpansionCheck.start(file, FIRST + SHEET);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      exact.claim(zip, zip.getEntry(SHEET_PART)).finish();
    }
    exact.await();
    assertThat(exact.failure()).isEmpty();
  }

  @Test
  void aPartClaimedAfterTheCheckInflatedItWholeIsNotCountedAgain() throws IOException {
    Path file = book();
    ExpansionCheck check = ExpansionCheck.start(file, FIRST + SHEET);
    check.await();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ExpansionCheck.CappedPart part = check.claim(zip, zip.getEntry(SHEET_PART));
      assertThat(part.readAllBytes()).hasSize(SHEET);
    }
    check.await();
    assertThat(check.failure()).isEmpty();
  }
}
