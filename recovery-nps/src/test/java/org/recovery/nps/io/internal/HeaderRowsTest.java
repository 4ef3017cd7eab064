package org.recovery.nps.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the header rows end and the data starts, byte for byte and line for line. */
class HeaderRowsTest {
  @TempDir Path dir;

  private Optional<HeaderRows> read(byte[] bytes, char delimiter, int count) throws IOException {
    Path file = dir.resolve("export.csv");
    Files.write(file, bytes);
    try (FileChannel channel = FileChannel.open(file)) {
      return HeaderRows.read(channel, (byte) delimiter, count);
    }
  }

  private Optional<HeaderRows> read(String text, char delimiter, int count) throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8), delimiter, count);
  }

  @Test
  void oneHeaderRowEndsAtItsLineBreak() throws IOException {
    HeaderRows h = read("id,score\n1,9\n", ',', 1).orElseThrow();
    assertThat(h.rows()).containsExactly(List.of("id", "score"));
    assertThat(h.dataStart()).isEqualTo(9);
    assertThat(h.breaks()).isEqualTo(1);
  }

  @Test
  void crLfAndALoneCrEachEndARow() throws IOException {
    HeaderRows crlf = read("id;score\r\n1;9\r\n", ';', 1).orElseThrow();
    assertThat(crlf.rows()).containsExactly(List.of("id", "score"));
    assertThat(crlf.dataStart()).isEqualTo(10);
    assertThat(crlf.breaks()).isEqualTo(1);
    HeaderRows cr = read("id;score\r1;9\r", ';', 1).orElseThrow();
    assertThat(cr.dataStart()).isEqualTo(9);
    assertThat(cr.breaks()).isEqualTo(1);
  }

  @Test
  void aByteOrderMarkAndBlankLinesBeforeTheHeaderAreSkippedAndTheLinesCounted() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] rest = "\n\r\n\rid,score\n1,9\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + rest.length];
    System.arraycopy(bom, 0, bytes, 0, 3);
    System.arraycopy(rest, 0, bytes, 3, rest.length);
    HeaderRows h = read(bytes, ',', 1).orElseThrow();
    assertThat(h.rows()).containsExactly(List.of("id", "score"));
    assertThat(h.dataStart()).isEqualTo(3 + 4 + 9);
    assertThat(h.breaks()).isEqualTo(4);
  }

  @Test
  void quotedCellsAreUnquotedAndTheirLineBreaksCounted() throws IOException {
    String text = "\"i\"\"d\",\"two\r\nlines\",\"a\rb\nc\",\"\"\n1,2,3,4\n";
    HeaderRows h = read(text, ',', 1).orElseThrow();
    assertThat(h.rows()).containsExactly(List.of("i\"d", "two\r\nlines", "a\rb\nc", ""));
    assertThat(h.breaks()).isEqualTo(4);
    assertThat(h.dataStart()).isEqualTo(text.indexOf("1,2,3,4"));
  }

  @Test
  void twoHeaderRowsAndAHeaderWithoutAFinalLineBreak() throws IOException {
    HeaderRows two = read("Q1,Q2\nid,score\n1,9\n", ',', 2).orElseThrow();
    assertThat(two.rows()).containsExactly(List.of("Q1", "Q2"), List.of("id", "score"));
    assertThat(two.dataStart()).isEqualTo(15);
    assertThat(two.breaks()).isEqualTo(2);
    HeaderRows last = read("id,score", ',', 1).orElseThrow();
    assertThat(last.rows()).containsExactly(List.of("id", "score"));
    assertThat(last.dataStart()).isEqualTo(8);
    assertThat(last.breaks()).isZero();
    HeaderRows quotedLast = read("id,\"score\"", ',', 1).orElseThrow();
    assertThat(quotedLast.rows()).containsExactly(List.of("id", "score"));
  }

  @Test
  void whatThePlainReaderDoesNotDecideIsLeftToTheReferenceReader() throws IOException {
    assertThat(read("id,sc\"ore\n1,9\n", ',', 1)).isEmpty(); // quote inside a field
    assertThat(read("id,\"score\"x\n1,9\n", ',', 1)).isEmpty(); // text after a closing quote
    assertThat(read("id,\"score\n1,9\n", ',', 1)).isEmpty(); // unterminated quote
    assertThat(read("id,score\n", ',', 2)).isEmpty(); // fewer rows than asked
    assertThat(read("", ',', 1)).isEmpty();
    assertThat(read("\n\n", ',', 1)).isEmpty();
    assertThat(read(new byte[] {'i', 'd', ',', (byte) 0xC0, (byte) 0x80, '\n'}, ',', 1)).isEmpty();
    byte[] long_ = new byte[HeaderRows.MAX_HEADER + 10];
    java.util.Arrays.fill(long_, (byte) 'a');
    assertThat(read(long_, ',', 1)).isEmpty();
  }

  @Test
  void aHeaderEndingExactlyAtTheReadLimitIsRead() throws IOException {
    byte[] bytes = new byte[HeaderRows.MAX_HEADER - 1];
    java.util.Arrays.fill(bytes, (byte) 'a');
    HeaderRows h = read(bytes, ',', 1).orElseThrow();
    assertThat(h.rows().get(0).get(0)).hasSize(HeaderRows.MAX_HEADER - 1);
    assertThat(h.dataStart()).isEqualTo(HeaderRows.MAX_HEADER - 1);
  }
}
