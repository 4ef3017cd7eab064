package org.recovery.nps.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Line breaks counted forward from a start offset agree with a byte-by-byte count (CR LF, lone CR
 * and lone LF each once), whatever the read and piece sizes, so pairs straddle words, reads and the
 * pieces of a parallel count.
 */
class LineBreaksTest {

  @TempDir Path dir;

  /** The reference reader's rule, one byte at a time. */
  private static long naive(byte[] bytes, int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\r' || (bytes[i] == '\n' && (i == from || bytes[i - 1] != '\r'))) {
        n++;
      }
    }
    return n;
  }

  private Path write(byte[] bytes) {
    try {
      return Files.write(Files.createTempFile(dir, "breaks", ".csv"), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void countsEachKindOfBreakOnce() throws IOException {
    byte[] bytes = "a\r\nb\rc\nd\n\r\r\ne\"\n\"".getBytes(StandardCharsets.US_ASCII);
    try (FileChannel channel = FileChannel.open(write(bytes))) {
      LineBreaks lines = new LineBreaks(channel, 0);
      assertThat(lines.before(0)).isZero();
      assertThat(lines.before(3)).isEqualTo(1);
      assertThat(lines.before(5)).isEqualTo(2);
      assertThat(lines.before(bytes.length)).isEqualTo(7);
    }
  }

  @Test
  void agreesWithAByteByByteCount() {
    qt().withExamples(400)
        .forAll(
            lists().of(integers().between(0, 4)).ofSizeBetween(0, 300),
            integers().between(1, 20),
            lists().of(integers().between(0, 300)).ofSizeBetween(1, 6),
            integers().between(1, 40))
        .checkAssert(
            (codes, read, asks, piece) -> {
              byte[] bytes = new byte[codes.size()];
              for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) "a\r\n\",".charAt(codes.get(i));
              }
              // A start right after a CR whose LF follows is not a record start; skip past it.
              int start = Math.min(asks.get(0), bytes.length);
              if (start > 0
                  && start < bytes.length
                  && bytes[start - 1] == '\r'
                  && bytes[start] == '\n') {
                start++;
              }
              List<Integer> offsets = new ArrayList<>();
              for (int ask : asks) {
                offsets.add(start + Math.min(ask, bytes.length - start));
              }
              offsets.sort(null);
              try (FileChannel channel = FileChannel.open(write(bytes))) {
                // Stretches of 2 pieces and more are counted in parallel pieces.
                LineBreaks lines = new LineBreaks(channel, start, read, 2L * piece, piece);
                for (int offset : offsets) {
                  assertThat(lines.before(offset))
                      .as("breaks in [%d, %d) read %d at a time", start, offset, read)
                      .isEqualTo(naive(bytes, start, offset));
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void refusesAnOffsetBeforeOneAlreadyCounted() throws IOException {
    try (FileChannel channel = FileChannel.open(write(new byte[] {'a', '\n', 'b', '\n'}))) {
      LineBreaks lines = new LineBreaks(channel, 0);
      lines.before(3);
      assertThatThrownBy(() -> lines.before(2))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("offsets must not decrease: asked for 2 after 3");
    }
  }

  @Test
  void namesAnOffsetPastTheEndOfTheFile() throws IOException {
    try (FileChannel channel = FileChannel.open(write(new byte[] {'a', '\n'}))) {
      LineBreaks lines = new LineBreaks(channel, 0);
      assertThatThrownBy(() -> lines.before(5))
          .isInstanceOf(EOFException.class)
          .hasMessage("the file ends before 5");
    }
  }

  @Test
  void namesAnOffsetPastTheEndOfTheFileInAParallelCount() throws IOException {
    try (FileChannel channel = FileChannel.open(write(new byte[] {'a', '\n', 'b', '\n'}))) {
      LineBreaks lines = new LineBreaks(channel, 0, 4, 2, 1);
      assertThatThrownBy(() -> lines.before(9))
          .isInstanceOf(EOFException.class)
          .hasMessage("the file ends before 9");
    }
  }

  @Test
  void refusesAnEmptyRead() {
    assertThatThrownBy(() -> new LineBreaks(null, 0, 0, 10, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("read and piece sizes must be at least 1 but were 0 and 1");
  }
}
