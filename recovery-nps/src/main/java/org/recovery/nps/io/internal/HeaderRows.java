package org.recovery.nps.io.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the header rows at the start of an export (after a UTF-8 byte order mark) and says where
 * the data starts and how many line breaks precede it.
 *
 * @param rows the header rows, each a list of decoded cells
 * @param dataStart the offset of the first data record
 * @param breaks the line breaks before {@code dataStart}
 */
public record HeaderRows(List<List<String>> rows, long dataStart, long breaks) {

  /** The most bytes of header this class reads; longer headers go to the reference reader. */
  static final int MAX_HEADER = 1 << 20;

  /**
   * Copies the rows.
   *
   * @param rows the header rows, each a list of decoded cells
   * @param dataStart the offset of the first data record
   * @param breaks the line breaks before {@code dataStart}
   */
  public HeaderRows {
    List<List<String>> copies = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      copies.add(List.copyOf(row));
    }
    rows = List.copyOf(copies);
  }

  /**
   * Reads {@code count} header rows, or returns empty when they are not plain RFC 4180 in UTF-8,
   * longer than {@link #MAX_HEADER}, or not all present.
   */
  public static Optional<HeaderRows> read(FileChannel channel, byte delimiter, int count)
      throws IOException {
    try {
      return parse(channel, delimiter, count);
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static Optional<HeaderRows> parse(FileChannel channel, byte delimiter, int count)
      throws IOException {
    ByteBuffer head = ByteBuffer.allocate((int) Math.min(MAX_HEADER, channel.size()));
    while (head.hasRemaining() && channel.read(head, head.position()) >= 0) {
      // keep reading until full or end of file
    }
    byte[] b = head.array();
    int n = head.position();
    int i =
        n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    long breaks = 0;
    List<List<String>> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    int fieldStart = i;
    boolean quoted = false;
    boolean afterClose = false;
    boolean inRecord = false;
    int cellFrom = i;
    while (rows.size() < count) {
      if (i >= n) {
        if (quoted || n == MAX_HEADER || !inRecord) {
          return Optional.empty();
        }
        cells.add(text(b, cellFrom, i, afterClose));
        rows.add(List.copyOf(cells));
        break;
      }
      byte c = b[i];
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && b[i + 1] == '"') {
            i += 2;
            continue;
          }
          quoted = false;
          afterClose = true;
          i++;
          continue;
        }
        if (c == '\n' || (c == '\r' && !(i + 1 < n && b[i + 1] == '\n'))) {
          breaks++;
        }
        i++;
        continue;
      }
      if (!inRecord && (c == '\n' || c == '\r')) {
        breaks++;
        i += c == '\r' && i + 1 < n && b[i + 1] == '\n' ? 2 : 1;
        fieldStart = i;
        cellFrom = i;
        continue;
      }
      inRecord = true;
      if (c == '"') {
        if (i != fieldStart) {
          return Optional.empty();
        }
        quoted = true;
        i++;
        continue;
      }
      if (c == delimiter || c == '\n' || c == '\r') {
        cells.add(text(b, cellFrom, i, afterClose));
        afterClose = false;
        int next = i + 1;
        if (c == '\r' && next < n && b[next] == '\n') {
          next++;
        }
        if (c != delimiter) {
          breaks++;
          rows.add(List.copyOf(cells));
          cells.clear();
          inRecord = false;
        }
        i = next;
        fieldStart = i;
        cellFrom = i;
        continue;
      }
      if (afterClose) {
        return Optional.empty();
      }
      i++;
    }
    if (rows.size() < count) {
      return Optional.empty();
    }
    return Optional.of(new HeaderRows(rows, i, breaks));
  }

  private static String text(byte[] b, int from, int to, boolean quoted)
      throws CharacterCodingException {
    int f = from;
    int t = to;
    if (quoted) {
      f++;
      t--;
    }
    byte[] raw = new byte[t - f];
    int n = 0;
    for (int i = f; i < t; i++) {
      raw[n++] = b[i];
      if (quoted && b[i] == '"') {
        i++;
      }
    }
    CharBuffer chars =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(raw, 0, n));
    return chars.toString();
  }
}
