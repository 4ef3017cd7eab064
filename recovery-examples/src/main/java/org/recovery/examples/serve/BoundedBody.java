package org.recovery.examples.serve;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that refuses to be read past a limit: the limit is checked as the bytes arrive, so
 * an oversized chunked upload is stopped at the limit, not after it was read whole. Remembers that
 * it stopped one, so the server answers 413 whatever the reader wrapped the failure in.
 */
final class BoundedBody extends FilterInputStream {

  private final long limit;
  private long read;
  private boolean exceeded;

  BoundedBody(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** Tells whether the body went past the limit. */
  boolean exceeded() {
    return exceeded;
  }

  private void count(long n) throws IOException {
    read += n;
    if (read > limit) {
      exceeded = true;
      throw new IOException("request body exceeds " + limit + " bytes");
    }
  }
}
