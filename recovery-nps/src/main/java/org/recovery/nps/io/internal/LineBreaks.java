package org.recovery.nps.io.internal;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Counts the line breaks of a file from a record start onward, to number the rejected rows a report
 * shows. A CR LF pair, a lone CR and a lone LF each count once, inside quoted fields too, as the
 * reference reader numbers its lines.
 *
 * <p>The scan does not count line breaks itself: only the few rows kept as examples need a line
 * number, and counting the breaks of every word took about 6% of a scan. This counter reads the
 * file forward once, only as far as the last row it is asked about; when the first kept rows are
 * near the start of the data, that is a small part of it. Confined to one thread.
 */
final class LineBreaks {
  private static final long CRS = ByteLanes.broadcast((byte) '\r');
  private static final long LFS = ByteLanes.broadcast((byte) '\n');

  /** The default read size. */
  static final int READ = 64 << 10;

  private final FileChannel channel;
  private final byte[] buf;

  /** The next byte to count. */
  private long position;

  /** The line breaks in {@code [start, position)}. */
  private long breaks;

  /** Whether the byte before {@code position} is a CR, whose LF (if one follows) is not a break. */
  private boolean afterCr;

  /**
   * @param channel the file, open for reading; positional reads only
   * @param start where counting starts: a record start, so a byte before it is not half a CR LF
   */
  LineBreaks(FileChannel channel, long start) {
    this(channel, start, READ);
  }

  /**
   * @param channel the file, open for reading; positional reads only
   * @param start where counting starts
   * @param read the most bytes read at once (tests use a few, so pairs straddle reads)
   */
  LineBreaks(FileChannel channel, long start, int read) {
    if (read < 1) {
      throw new IllegalArgumentException("read size must be at least 1 but was " + read);
    }
    this.channel = channel;
    this.position = start;
    this.buf = new byte[read];
  }

  /**
   * Returns the line breaks between the start and {@code offset}.
   *
   * @param offset a byte offset at or after the start, and not before any offset asked before
   * @throws IOException when the file cannot be read, or ends before {@code offset}
   */
  long before(long offset) throws IOException {
    if (offset < position) {
      throw new IllegalArgumentException(
          "offsets must not decrease: asked for " + offset + " after " + position);
    }
    while (position < offset) {
      int n = (int) Math.min(buf.length, offset - position);
      ByteBuffer target = ByteBuffer.wrap(buf, 0, n);
      while (target.hasRemaining()) {
        if (channel.read(target, position + target.position()) < 0) {
          throw new EOFException(
              "the file ends at " + (position + target.position()) + ", before " + offset);
        }
      }
      count(n);
      position += n;
    }
    return breaks;
  }

  private void count(int n) {
    int i = 0;
    long carry = afterCr ? 0x80L : 0L;
    for (; i + 8 <= n; i += 8) {
      long w = ByteLanes.word(buf, i);
      long crm = ByteLanes.equal(w, CRS);
      long lfm = ByteLanes.equal(w, LFS);
      breaks += Long.bitCount(crm) + Long.bitCount(lfm & ~((crm << 8) | carry));
      carry = crm >>> 56;
    }
    boolean cr = carry != 0;
    for (; i < n; i++) {
      byte c = buf[i];
      if (c == '\r' || (c == '\n' && !cr)) {
        breaks++;
      }
      cr = c == '\r';
    }
    afterCr = cr;
  }
}
