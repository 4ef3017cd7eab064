package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the expansion check fails on damaged files and stops when asked, each guard on its own. The
 * tests that cancel a check prepare it without starting it, so the cancellation comes before any
 * part is inflated whatever the threads' timing, and what a claimed part's reader finds is that
 * reader's finding alone.
 */
class ExpansionCheckFailuresTest {
  private static final String SHEET = "xl/worksheets/sheet1.xml";
  private static final String STRINGS = "xl/sharedStrings.xml";

  @TempDir Path dir;

  /** A large first part, then a sheet of zeros (a bomb when over 1 MiB), then shared strings. */
  private Path book(int zeros) throws IOException {
    return ExpansionParts.zip(
        dir.resolve("book.xlsx"),
        "xl/styles.xml",
        ExpansionParts.noise(4 << 20, 3),
        SHEET,
        new byte[zeros],
        STRINGS,
        ExpansionParts.text("<sst count=\"0\"/>"));
  }

  @Test
  void aCancelledCheckStopsBeforeTheLaterParts() throws IOException {
    ExpansionCheck check = ExpansionCheck.prepare(book(3 << 20), WorkbookPackage.MAX_TOTAL_BYTES);
    check.cancel();
    check.begin().await();
    assertThat(check.failure()).isEmpty();
  }

  @Test
  void anInterruptedWaitKeepsTheInterruptAndCancelsTheCheck() throws IOException {
    ExpansionCheck check = ExpansionCheck.prepare(book(3 << 20), WorkbookPackage.MAX_TOTAL_BYTES);
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(check::await)
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageStartingWith("interrupted while checking survey export ")
          .hasCauseInstanceOf(InterruptedIOException.class);
    } finally {
      assertThat(Thread.interrupted()).as("interrupt kept").isTrue();
    }
    // Cancelled by the interrupted wait, the check never reaches the bomb.
    check.begin().await();
    assertThat(check.failure()).isEmpty();
  }

  @Test
  void aClaimedPartReadsByteByByteWhileTheCheckIsCancelled() throws IOException {
    Path file = book(16);
    ExpansionCheck check = ExpansionCheck.prepare(file, WorkbookPackage.MAX_TOTAL_BYTES);
    check.cancel();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ExpansionCheck.CappedPart part = check.claim(zip, zip.getEntry(STRINGS));
      StringBuilder text = new StringBuilder();
      for (int b; (b = part.read()) >= 0; ) {
        text.append((char) b);
      }
      assertThat(text).hasToString("<sst count=\"0\"/>");
    }
  }

  @Test
  void aClaimedBombFailsTheCheckOnItsReadersCountAlone() throws IOException {
    Path file = book(3 << 20);
    // Never started: the bomb is found by the claimed part's reader alone.
    ExpansionCheck check = ExpansionCheck.prepare(file, WorkbookPackage.MAX_TOTAL_BYTES);
    check.cancel();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ExpansionCheck.CappedPart part = check.claim(zip, zip.getEntry(SHEET));
      assertThatThrownBy(part::readAllBytes).isInstanceOf(SurveyFormatException.class);
    }
    assertThat(check.failure())
        .get()
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.THROWABLE)
        .hasMessageContaining("part " + SHEET + " expands more than 200 times");
    assertThatThrownBy(check::await).isInstanceOf(SurveyFormatException.class);
  }

  @Test
  void aDamagedPartTheCheckInflatesIsCalledTruncated() throws IOException {
    Path file = book(16);
    ExpansionParts.damage(file, SHEET);
    ExpansionCheck check = ExpansionCheck.start(file);
    assertThatThrownBy(check::await)
        .isInstanceOf(SurveyFormatException.class)
        .hasMessageContaining("it starts like a zip (.xlsx) but is truncated or damaged");
  }

  @Test
  void finishingADamagedClaimedPartRecordsItAsTruncated() throws IOException {
    Path file = book(16);
    ExpansionParts.damage(file, SHEET);
    ExpansionCheck check = ExpansionCheck.prepare(file, WorkbookPackage.MAX_TOTAL_BYTES);
    check.cancel();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      check.claim(zip, zip.getEntry(SHEET)).finish();
    }
    assertThat(check.failure())
        .get()
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.THROWABLE)
        .isInstanceOf(SurveyFormatException.class)
        .hasMessageContaining("truncated or damaged");
  }

  @Test
  void finishingAClaimedPartOfAClosedPackageRecordsTheReadError() throws IOException {
    Path file = book(16);
    ExpansionCheck check = ExpansionCheck.prepare(file, WorkbookPackage.MAX_TOTAL_BYTES);
    check.cancel();
    ExpansionCheck.CappedPart part;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      part = check.claim(zip, zip.getEntry(STRINGS));
    }
    part.finish();
    assertThat(check.failure())
        .get()
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.THROWABLE)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read survey export " + file);
  }

  @Test
  void aMissingFileFailsTheCheckWithTheReadError() {
    Path file = dir.resolve("gone.xlsx");
    ExpansionCheck check = ExpansionCheck.start(file);
    assertThatThrownBy(check::await)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read survey export " + file);
  }
}
