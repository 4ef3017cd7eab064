package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines split as the JDK's {@link String#lines()} splits them (CR, LF and CRLF each end one line),
 * after a leading byte-order mark, at every buffer size, each numbered by where it starts.
 */
class LineSplitterTest {

  @Test
  void splitsAsStringLinesAtEveryBufferSize() {
    qt().withExamples(500)
        .forAll(
            strings().betweenCodePoints('\n', '\r').ofLengthBetween(0, 12),
            integers().between(1, 5))
        .checkAssert(
            (raw, size) -> {
              // '\n', '\u000b', '\u000c', '\r' drawn; the middle two stand in for text.
              String text = raw.replace('\u000b', 'a').replace('\u000c', 'b');
              for (String input : List.of(text, "\uFEFF" + text)) {
                assertThat(split(input, size)).isEqualTo(text.lines().toList());
              }
            });
  }

  @Test
  void eachLineIsNumberedByTheLineItStartsOn() throws IOException {
    LineSplitter lines = new LineSplitter(new StringReader("a\r\n\rb\nc"), 2);
    List<Long> numbers = new ArrayList<>();
    while (lines.next() != null) {
      numbers.add(lines.line());
    }
    assertThat(numbers).containsExactly(1L, 2L, 3L, 4L);
  }

  private static List<String> split(String text, int size) {
    try {
      LineSplitter lines = new LineSplitter(new StringReader(text), size);
      List<String> out = new ArrayList<>();
      for (String line; (line = lines.next()) != null; ) {
        out.add(line);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
