package org.recovery.nps.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/**
 * Tells a progress listener how many bytes have passed, once per block read (the decoder reads 64
 * KiB at a time), never per row. Not thread-safe: one reader consumes it.
 */
final class CountingInputStream extends FilterInputStream {
  private final LongConsumer progress;
  private long bytes;

  /**
   * Wraps a stream.
   *
   * @param in the stream
   * @param bytesBefore the bytes of earlier files of the same read
   * @param progress told the bytes read so far after each block
   */
  CountingInputStream(InputStream in, long bytesBefore, LongConsumer progress) {
    super(in);
    this.bytes = bytesBefore;
    this.progress = progress;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      progress.accept(++bytes);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      bytes += n;
      progress.accept(bytes);
    }
    return n;
  }
}
