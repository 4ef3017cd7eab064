package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The zip-bomb caps on their own: a part may expand freely up to {@link
 * WorkbookPackage#RATIO_FREE_BYTES}, and past it at most {@link WorkbookPackage#MAX_RATIO} times
 * its compressed size, whether the check's thread inflates it or a reader that claimed it does.
 */
class ExpansionCheckTest {
  private static final int FREE = (int) WorkbookPackage.RATIO_FREE_BYTES;

  @TempDir Path dir;

  /** A zip of a small part, then a part of {@code zeros} zero bytes (compressing ~1000 times). */
  private Path zip(int zeros) throws IOException {
    Path file = dir.resolve("book-" + zeros + ".xlsx");
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(new byte[zeros]);
      zip.closeEntry();
    }
    return file;
  }

  @Test
  void aPartMayExpandFreelyUpToTheRatioFreeBytes() throws IOException {
    ExpansionCheck check = ExpansionCheck.start(zip(FREE));
    check.await();
    assertThat(check.failure()).isEmpty();
  }

  @Test
  void oneByteMoreAtAThousandTimesItsCompressedSizeIsAZipBomb() throws IOException {
    ExpansionCheck check = ExpansionCheck.start(zip(FREE + 1));
    assertThatThrownBy(check::await)
        .isInstanceOf(SurveyFormatException.class)
        .hasMessageContaining("part xl/worksheets/sheet1.xml expands more than 200 times");
    assertThat(check.failure()).containsInstanceOf(SurveyFormatException.class);
  }

  @Test
  void aLargePartThatCompressesLittleIsNoBomb() throws IOException {
    Path file = dir.resolve("random.xlsx");
    byte[] noise = new byte[3 * FREE];
    new Random(7).nextBytes(noise);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(noise);
      zip.closeEntry();
    }
    ExpansionCheck check = ExpansionCheck.start(file);
    check.await();
    assertThat(check.failure()).isEmpty();
  }

  @Test
  void aClaimedPartIsCountedByItsReaderAndLeftAloneByTheCheck() throws IOException {
    Path file = zip(2 * FREE);
    ExpansionCheck check = ExpansionCheck.start(file);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ExpansionCheck.CappedPart part = check.claim(zip, zip.getEntry("xl/worksheets/sheet1.xml"));
      assertThat(part.read()).isZero();
      byte[] buffer = new byte[1 << 16];
      assertThatThrownBy(
              () -> {
                while (part.read(buffer, 0, buffer.length) > 0) {
                  // counted
                }
              })
          .isInstanceOf(SurveyFormatException.class)
          .hasMessageContaining("part xl/worksheets/sheet1.xml expands more than 200 times");
    }
    // The reader's failure is the check's, whether or not its thread saw the part first.
    assertThatThrownBy(check::await).isInstanceOf(SurveyFormatException.class);
  }

  @Test
  void finishingAClaimedBombRecordsTheFailureInsteadOfThrowing() throws IOException {
    Path file = zip(2 * FREE);
    ExpansionCheck check = ExpansionCheck.start(file);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ExpansionCheck.CappedPart part = check.claim(zip, zip.getEntry("xl/worksheets/sheet1.xml"));
      part.finish();
    }
    assertThatThrownBy(check::await)
        .isInstanceOf(SurveyFormatException.class)
        .hasMessageContaining("expands more than 200 times");
  }

  @Test
  void aClaimedSoundPartReadsWhole() throws IOException {
    Path file = zip(FREE);
    ExpansionCheck check = ExpansionCheck.start(file);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ExpansionCheck.CappedPart part = check.claim(zip, zip.getEntry("xl/worksheets/sheet1.xml"));
      assertThat(part.readAllBytes()).hasSize(FREE);
      part.finish();
    }
    check.await();
    assertThat(check.failure()).isEmpty();
  }

  @Test
  void drainingTheRestOfARefusedPartCallsABombOne() throws IOException {
    ExpansionCheck.drain(zeros(FREE), "sheet", 1);
    // 2 MiB from 10,486 bytes is 199.99 times; from 10,485 bytes, 200.01 times.
    ExpansionCheck.drain(zeros(2 * FREE), "sheet", 10_486);
    assertThatThrownBy(() -> ExpansionCheck.drain(zeros(FREE + 1), "sheet", 1))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessageContaining("part sheet expands more than 200 times (from 1 compressed bytes");
    assertThatThrownBy(() -> ExpansionCheck.drain(zeros(2 * FREE), "sheet", 10_485))
        .isInstanceOf(SurveyFormatException.class);
    // A compressed size of 0 counts as 1.
    assertThatThrownBy(() -> ExpansionCheck.drain(zeros(FREE + 1), "sheet", 0))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessageContaining("(from 1 compressed bytes");
  }

  @Test
  void aPartMayExpandToExactlyTwoHundredTimesItsCompressedSizeButNotAByteMore() throws IOException {
    // 1,200,000 bytes from 6,000 is 200 times exactly, past the ratio-free megabyte.
    ExpansionCheck.drain(zeros(1_200_000), "sheet", 6_000);
    assertThatThrownBy(() -> ExpansionCheck.drain(zeros(1_200_001), "sheet", 6_000))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessageContaining("(from 6000 compressed bytes to over 1200001)");

    long max = WorkbookPackage.MAX_TOTAL_BYTES;
    assertThat(ExpansionCheck.breach("p", 6_000, 1_200_000, 0, max)).isNull();
    assertThat(ExpansionCheck.breach("p", 6_000, 1_200_001, 0, max))
        .hasMessageContaining("part p expands more than 200 times");
    assertThat(ExpansionCheck.breach("p", 1, FREE, 0, max)).isNull();
    assertThat(ExpansionCheck.breach("p", 1, FREE + 1, 0, max))
        .hasMessageContaining("(from 1 compressed bytes to over " + (FREE + 1) + ")");
  }

  @Test
  void allPartsTogetherMayReachTheTotalCapButNotPassIt() {
    long max = WorkbookPackage.MAX_TOTAL_BYTES;
    assertThat(ExpansionCheck.breach("p", FREE, FREE, max, max)).isNull();
    assertThat(ExpansionCheck.breach("p", FREE, FREE, max + 1, max))
        .hasMessageContaining(
            "its parts expand to more than " + max + " bytes (reached in part p)");
  }

  private static InputStream zeros(int n) {
    return new ByteArrayInputStream(new byte[n]);
  }
}
