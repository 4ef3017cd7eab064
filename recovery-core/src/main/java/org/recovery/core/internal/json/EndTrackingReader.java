package org.recovery.core.internal.json;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Remembers whether its source has run out, so that a parse failure after the last character is
 * reported as the end of input whichever exception type the parser chose for it. The parser reads
 * ahead a buffer at a time and asks for more only when it needs it, so an ended source means the
 * document stopped before the parser was done. Not thread-safe; one per document.
 */
final class EndTrackingReader extends FilterReader {
  private boolean ended;

  EndTrackingReader(Reader in) {
    super(in);
  }

  boolean ended() {
    return ended;
  }

  @Override
  public int read(char[] buffer, int off, int len) throws IOException {
    int n = super.read(buffer, off, len);
    if (n < 0) {
      ended = true;
    }
    return n;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c < 0) {
      ended = true;
    }
    return c;
  }

  @Override
  public void close() {
    // The caller owns the source.
  }
}
