package org.recovery.nps.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.HexFormat;

/**
 * Decodes bytes strictly: malformed or unmappable input stops reading with the byte offset of the
 * first bad byte, instead of the replacement character an {@code InputStreamReader} would insert.
 */
final class StrictDecodingReader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes;
  private long consumedBefore;
  private boolean eof;
  private boolean flushed;

  /** A char decoded for a caller that had room for one only (the second of a pair), or -1. */
  private int pending = -1;

  StrictDecodingReader(InputStream in, Charset charset, int bufferSize) {
    this.in = in;
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.bytes = ByteBuffer.allocate(bufferSize);
    this.bytes.flip();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (pending >= 0) {
      cbuf[off] = (char) pending;
      pending = -1;
      return 1;
    }
    if (len == 1) {
      // A supplementary character needs room for its two chars, or the decoder never yields it.
      char[] two = new char[2];
      int n = read(two, 0, 2);
      if (n > 0) {
        cbuf[off] = two[0];
        pending = n == 2 ? two[1] : -1;
        return 1;
      }
      return n;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (true) {
      int before = bytes.position();
      CoderResult result = decoder.decode(bytes, out, eof);
      consumedBefore += bytes.position() - before;
      if (result.isError()) {
        if (out.position() > off) {
          // Deliver the text before the bad bytes first, so the caller knows the line they are on.
          return out.position() - off;
        }
        StringBuilder shown = new StringBuilder();
        for (int k = 0; k < result.length() && bytes.position() + k < bytes.limit(); k++) {
          if (k > 0) {
            shown.append(' ');
          }
          shown
              .append("0x")
              .append(HexFormat.of().withUpperCase().toHexDigits(bytes.get(bytes.position() + k)));
        }
        throw new InvalidBytesException(consumedBefore, shown.toString(), decoder.charset().name());
      }
      if (out.position() > off) {
        return out.position() - off;
      }
      if (eof) {
        if (!flushed) {
          CoderResult flush = decoder.flush(out);
          flushed = true;
          if (flush.isError()) {
            throw new InvalidBytesException(
                consumedBefore, "(truncated sequence)", decoder.charset().name());
          }
          if (out.position() > off) {
            return out.position() - off;
          }
        }
        return -1;
      }
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
