package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strict decoding at every buffer size, and where it stops; the byte counts a listener sees. */
class StrictDecodingReaderTest {
  private static final String TEXT = "a€b😀ç\nzß";

  private static String readAll(InputStream in, Charset charset, int buffer, int chars)
      throws IOException {
    StringBuilder out = new StringBuilder();
    try (StrictDecodingReader reader = new StrictDecodingReader(in, charset, buffer)) {
      char[] cbuf = new char[chars + 3];
      assertThat(reader.read(cbuf, 1, 0)).isZero();
      int n;
      while ((n = reader.read(cbuf, 3, chars)) >= 0) {
        assertThat(n).isPositive();
        out.append(cbuf, 3, n);
      }
    }
    return out.toString();
  }

  @Test
  void decodesTheSameTextAtEveryBufferAndReadSize() throws IOException {
    for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE)) {
      byte[] bytes = TEXT.getBytes(charset);
      for (int buffer = 4; buffer <= bytes.length + 2; buffer++) {
        for (int chars = 1; chars <= 4; chars++) {
          assertThat(readAll(new ByteArrayInputStream(bytes), charset, buffer, chars))
              .as("%s buffer %d, %d chars at a time", charset, buffer, chars)
              .isEqualTo(TEXT);
        }
      }
    }
  }

  @Test
  void aBadByteIsReportedAtItsOffsetAfterTheTextBeforeIt() throws IOException {
    byte[] good = "ab€".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 3];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xC3;
    bytes[good.length + 1] = '(';
    bytes[good.length + 2] = 'z';
    for (int size = 4; size <= bytes.length + 1; size++) {
      int buffer = size;
      StringBuilder before = new StringBuilder();
      InvalidBytesException e =
          catchThrowableOfType(
              InvalidBytesException.class,
              () -> {
                try (StrictDecodingReader reader =
                    new StrictDecodingReader(
                        new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, buffer)) {
                  char[] cbuf = new char[16];
                  int n;
                  while ((n = reader.read(cbuf, 0, cbuf.length)) >= 0) {
                    before.append(cbuf, 0, n);
                  }
                }
              });
      assertThat(before.toString()).as("buffer %d", buffer).isEqualTo("ab€");
      assertThat(e.byteOffset()).isEqualTo(5);
      assertThat(e.bytes()).isEqualTo("0xC3");
      assertThat(e.charsetName()).isEqualTo("UTF-8");
      assertThat(e).hasMessage("invalid UTF-8 bytes 0xC3 at byte offset 5");
    }
  }

  @Test
  void aSequenceCutByTheEndOfInputIsReportedAsTruncated() throws IOException {
    byte[] bytes = {'a', (byte) 0xE2, (byte) 0x82};
    InvalidBytesException e =
        catchThrowableOfType(
            InvalidBytesException.class,
            () -> readAll(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, 8, 8));
    assertThat(e.byteOffset()).isEqualTo(1);
    assertThat(e.bytes()).isIn("0xE2 0x82", "(truncated sequence)");
  }

  @Test
  void aListenerHearsTheBytesReadSoFarAfterEachBlockOrByte() throws IOException {
    List<Long> heard = new ArrayList<>();
    try (CountingInputStream in =
        new CountingInputStream(new ByteArrayInputStream(new byte[10]), 100, heard::add)) {
      assertThat(in.read()).isZero();
      assertThat(in.read(new byte[4], 0, 4)).isEqualTo(4);
      assertThat(in.read(new byte[8], 0, 8)).isEqualTo(5);
      assertThat(in.read(new byte[8], 0, 8)).isEqualTo(-1);
      assertThat(in.read()).isEqualTo(-1);
    }
    assertThat(heard).containsExactly(101L, 105L, 110L);
  }

  @Test
  void closingTheReaderClosesItsStream() throws IOException {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream(new byte[] {'a'}) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    new StrictDecodingReader(in, StandardCharsets.UTF_8, 8).close();
    assertThat(closed[0]).isTrue();
  }
}
