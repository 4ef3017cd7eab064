package org.recovery.nps.io;

import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Splits text into physical lines with the module's line rules: CR, LF and CRLF each end a line,
 * lines are numbered from 1, and a leading byte-order mark is removed. Used for JSON Lines.
 */
final class LineSplitter {
  private final Reader in;
  private final char[] buf;
  private int pos;
  private int limit;
  private boolean eof;
  private boolean started;
  private boolean prevCr;
  private long nextLine = 1;
  private long line;
  private final StringBuilder text = new StringBuilder();

  LineSplitter(Reader in, int bufferSize) {
    this.in = in;
    this.buf = new char[bufferSize];
  }

  /** Returns the number of the line last returned by {@link #next}. */
  long line() {
    return line;
  }

  /** Returns the next line without its break, or null at the end of input. */
  @Nullable String next() throws IOException {
    text.setLength(0);
    line = nextLine;
    boolean any = false;
    while (true) {
      if (pos >= limit) {
        if (eof) {
          return any ? text.toString() : null;
        }
        int n = in.read(buf, 0, buf.length);
        if (n < 0) {
          eof = true;
          continue;
        }
        pos = 0;
        limit = n;
        if (!started && n > 0) {
          started = true;
          if (buf[0] == '\uFEFF') {
            pos = 1;
          }
        }
        continue;
      }
      char c = buf[pos++];
      if (c == '\n' && prevCr) {
        prevCr = false;
        continue;
      }
      prevCr = c == '\r';
      if (c == '\r' || c == '\n') {
        nextLine++;
        return text.toString();
      }
      any = true;
      text.append(c);
    }
  }
}
