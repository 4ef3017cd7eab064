package org.recovery.core.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes strict UTF-8 and, unlike {@link java.io.InputStreamReader}, says where it stopped: the
 * byte offset of the first invalid byte, with the line and column of the text before it. Not
 * thread-safe; one per document.
 */
final class Utf8Reader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  // Offset in the stream of bytes.array()[0].
  private long bufferStart;
  private boolean endOfInput;
  private boolean flushed;
  private int line = 1;
  private int column = 1;
  private boolean afterCarriageReturn;

  /**
   * Creates a reader over a stream whose first {@code offset} bytes were already consumed (a byte
   * order mark), so that offsets count from the start of the stream.
   */
  Utf8Reader(InputStream in, long offset) {
    this.in = in;
    this.bufferStart = offset;
  }

  @Override
  public int read(char[] buffer, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(buffer, off, len);
    while (true) {
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      int produced = out.position() - off;
      if (result.isError()) {
        count(buffer, off, produced);
        int at = bytes.position();
        throw new Malformed(bufferStart + at, bytes.get(at) & 0xFF, line, column);
      }
      if (produced > 0) {
        count(buffer, off, produced);
        return produced;
      }
      if (endOfInput) {
        if (!flushed) {
          flushed = true;
          decoder.flush(out);
          if (out.position() > off) {
            return out.position() - off;
          }
        }
        return -1;
      }
      bufferStart += bytes.position();
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        endOfInput = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }
  }

  // Counts lines as the JSON parser does: \n, \r and \r\n each end one.
  private void count(char[] buffer, int off, int n) {
    for (int i = off; i < off + n; i++) {
      char c = buffer[i];
      if (c == '\n') {
        if (!afterCarriageReturn) {
          line++;
          column = 1;
        }
        afterCarriageReturn = false;
      } else if (c == '\r') {
        line++;
        column = 1;
        afterCarriageReturn = true;
      } else {
        column++;
        afterCarriageReturn = false;
      }
    }
  }

  @Override
  public void close() throws IOException {
    // The caller owns the stream.
  }

  /** Where the first byte that is not UTF-8 sits. */
  static final class Malformed extends CharacterCodingException {
    private static final long serialVersionUID = 1L;

    /** The 0-based offset of the byte in the stream. */
    final long offset;

    /** The byte, 0 to 255. */
    final int value;

    /** The 1-based line the byte is on. */
    final int line;

    /** The 1-based column, in characters, the byte would have started. */
    final int column;

    Malformed(long offset, int value, int line, int column) {
      this.offset = offset;
      this.value = value;
      this.line = line;
      this.column = column;
    }

    /** Returns the problem in the words a JSON error uses. */
    String detail() {
      return String.format(
          Locale.ROOT,
          "expected UTF-8 text but byte 0x%02X at offset %d does not start a valid sequence",
          value,
          offset);
    }

    @Override
    public String getMessage() {
      return detail() + " (line " + line + ", column " + column + ")";
    }
  }
}
