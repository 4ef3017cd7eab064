package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Reading ahead hands over the source's bytes unchanged, then its failure as it was thrown. */
class ReadAheadInputStreamTest {

  @Test
  void theBytesReadAreTheSourceBytesWhateverTheReadSizes() {
    qt().withExamples(40)
        .forAll(
            integers().between(0, 3 * ReadAheadInputStream.BLOCK_BYTES),
            integers().between(1, 70_000))
        .checkAssert(
            (size, chunk) -> {
              byte[] source = new byte[size];
              new Random(size).nextBytes(source);
              byte[] read = new byte[size];
              try (ReadAheadInputStream in =
                  new ReadAheadInputStream(new ByteArrayInputStream(source))) {
                int at = 0;
                int n;
                while ((n = in.read(read, at, Math.min(chunk, size - at))) > 0) {
                  at += n;
                }
                assertThat(at).isEqualTo(size);
                assertThat(in.read()).isEqualTo(-1);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              assertThat(read).isEqualTo(source);
            });
  }

  @Test
  void aFailureOfTheSourceReachesTheReaderAfterTheBytesBeforeIt() throws IOException {
    // given a source that fails with the caps' own error after one block
    SurveyFormatException bomb = new SurveyFormatException("cannot read the workbook: bomb", 1, "");
    InputStream source =
        new InputStream() {
          private int left = ReadAheadInputStream.BLOCK_BYTES;

          @Override
          public int read() {
            if (left-- > 0) {
              return 7;
            }
            throw bomb;
          }
        };

    try (ReadAheadInputStream in = new ReadAheadInputStream(source)) {
      // then the block's bytes come first, then the very same exception
      assertThat(in.readNBytes(ReadAheadInputStream.BLOCK_BYTES)).containsOnly(7);
      assertThatThrownBy(in::read).isSameAs(bomb);
    }
  }

  @Test
  void anErrorOfTheSourceReachesTheReaderInsteadOfLeavingItWaiting() throws IOException {
    AssertionError broken = new AssertionError("the source broke");
    InputStream source =
        new InputStream() {
          @Override
          public int read() {
            throw broken;
          }
        };

    try (ReadAheadInputStream in = new ReadAheadInputStream(source)) {
      assertTimeoutPreemptively(
          Duration.ofSeconds(10), () -> assertThatThrownBy(in::read).isSameAs(broken));
    }
  }

  @Test
  void readingPastTheEndKeepsAnsweringTheEnd() throws IOException {
    ReadAheadInputStream in = new ReadAheadInputStream(new ByteArrayInputStream(new byte[] {9}));
    assertThat(in.read()).isEqualTo(9);
    assertThat(in.read()).isEqualTo(-1);
    assertThat(in.read()).isEqualTo(-1);
    assertThat(in.read(new byte[4], 0, 4)).isEqualTo(-1);
    in.close();
  }

  @Test
  void closingStopsTheThreadAndLeavesTheRestOfTheSourceUnread() throws IOException {
    byte[] bytes = new byte[20 * ReadAheadInputStream.BLOCK_BYTES];
    ByteArrayInputStream source = new ByteArrayInputStream(bytes);
    ReadAheadInputStream in = new ReadAheadInputStream(source);
    assertThat(in.read()).isZero();

    in.close();

    // at most the blocks held ahead, and the one being read, were taken from the source
    assertThat(source.available())
        .isGreaterThanOrEqualTo(
            bytes.length - (ReadAheadInputStream.BLOCKS + 2) * ReadAheadInputStream.BLOCK_BYTES);
  }
}
