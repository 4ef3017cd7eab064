package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordParserTest {
  private static final String ALPHABET = "a,\"\r\n b\uFEFF";

  /** One parsed record: its line and its fields. */
  private record Rec(long line, List<String> fields) {}

  /** An independent, obviously-correct reading of the documented rules, on a whole string. */
  private static List<Rec> naive(String text) {
    List<Rec> out = new ArrayList<>();
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    long line = 1;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
        line++;
        continue;
      }
      long start = line;
      List<String> fields = new ArrayList<>();
      StringBuilder f = new StringBuilder();
      boolean quoted = false;
      boolean atFieldStart = true;
      boolean ended = false;
      while (i < n && !ended) {
        c = text.charAt(i);
        if (quoted) {
          if (c == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              f.append('"');
              i += 2;
            } else {
              quoted = false;
              i++;
            }
            continue;
          }
          if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
            f.append("\r\n");
            i += 2;
            line++;
            continue;
          }
          if (c == '\r' || c == '\n') {
            line++;
          }
          f.append(c);
          i++;
          continue;
        }
        if (c == '"' && atFieldStart) {
          quoted = true;
          atFieldStart = false;
          i++;
        } else if (c == ',') {
          fields.add(f.toString());
          f.setLength(0);
          atFieldStart = true;
          i++;
        } else if (c == '\r' || c == '\n') {
          i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
          line++;
          ended = true;
        } else {
          f.append(c);
          atFieldStart = false;
          i++;
        }
      }
      if (quoted) {
        throw new IllegalStateException("unterminated at " + start);
      }
      fields.add(f.toString());
      out.add(new Rec(start, fields));
    }
    return out;
  }

  private static List<Rec> parse(String text, int bufferSize) throws IOException {
    CsvRecordParser p = new CsvRecordParser(new StringReader(text), ',', bufferSize);
    List<Rec> out = new ArrayList<>();
    while (p.next()) {
      List<String> fields = new ArrayList<>();
      for (int f = 0; f < p.fieldCount(); f++) {
        fields.add(p.field(f));
      }
      out.add(new Rec(p.line(), fields));
    }
    return out;
  }

  @Test
  void matchesAnIndependentReadingOfTheRulesAtEveryBufferBoundary() {
    qt().withExamples(2000)
        .forAll(
            lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 40),
            integers().between(1, 9))
        .check(
            (codes, bufferSize) -> {
              StringBuilder sb = new StringBuilder();
              codes.forEach(k -> sb.append(ALPHABET.charAt(k)));
              String text = sb.toString();
              List<Rec> expected;
              try {
                expected = naive(text);
              } catch (IllegalStateException unterminated) {
                try {
                  parse(text, bufferSize);
                  return false;
                } catch (UnterminatedQuoteException e) {
                  return unterminated.getMessage().equals("unterminated at " + e.recordLine());
                } catch (IOException e) {
                  return false;
                }
              }
              try {
                return parse(text, bufferSize).equals(expected);
              } catch (IOException e) {
                return false;
              }
            });
  }

  @Test
  void aBufferHoldingOnlyAByteOrderMarkIsNotReadPastItsEnd() throws IOException {
    assertThat(parse("\uFEFF", 1)).isEmpty();
    assertThat(parse("\uFEFFa,b", 1)).containsExactly(new Rec(1, List.of("a", "b")));
  }

  @Test
  void keepsOnlyCapturedFieldsButCountsThemAll() throws IOException {
    CsvRecordParser p = new CsvRecordParser(new StringReader("a,\"b,c\",d\n"), ',', 3);
    p.capture(new boolean[] {false, true, false});
    assertThat(p.next()).isTrue();
    assertThat(p.fieldCount()).isEqualTo(3);
    assertThat(p.field(0)).isEmpty();
    assertThat(p.field(1)).isEqualTo("b,c");
    assertThat(p.field(2)).isEmpty();
  }

  @Test
  void refusesAQuoteOrLineBreakAsDelimiter() {
    assertThatThrownBy(() -> new CsvRecordParser(new StringReader(""), '\n', 8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("delimiter must not be a quote or a line break but was LF");
  }

  @Test
  void eachRecordsRawTextIsItsOwnLineAtEveryBufferSize() throws IOException {
    List<String> records =
        List.of("a,b,c", "\"x\ny\",2", "dd,\"e\"\"f\",", "0123456789012345678901234567890", "z");
    String text = String.join("\r\n", records) + "\n";
    for (int size = 1; size <= 40; size++) {
      CsvRecordParser p = new CsvRecordParser(new StringReader(text), ',', size);
      for (String record : records) {
        assertThat(p.next()).isTrue();
        assertThat(p.rawText()).as("buffer %d", size).isEqualTo(record);
      }
      assertThat(p.next()).isFalse();
    }
  }

  @Test
  void aLongRecordsRawTextIsCutAfterTheLimit() throws IOException {
    String record = "x".repeat(3 * CsvRecordParser.MAX_RAW) + ",1";
    for (int size : new int[] {7, 1000, 1 << 14}) {
      CsvRecordParser p = new CsvRecordParser(new StringReader(record + "\n" + "a,2\n"), ',', size);
      assertThat(p.next()).isTrue();
      String raw = p.rawText();
      assertThat(raw.length())
          .as("buffer %d", size)
          .isBetween(CsvRecordParser.MAX_RAW + 1, 2 * CsvRecordParser.MAX_RAW + size);
      assertThat(record).startsWith(raw);
      assertThat(p.next()).isTrue();
      assertThat(p.rawText()).isEqualTo("a,2");
    }
  }

  @Test
  void askingForAFieldPastTheRecordsLastIsAnError() throws IOException {
    CsvRecordParser p = new CsvRecordParser(new StringReader("a,b\n"), ',', 8);
    assertThat(p.next()).isTrue();
    assertThat(p.field(1)).isEqualTo("b");
    assertThatThrownBy(() -> p.field(2))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("field 2 of 2");
  }
}
