package org.recovery.nps.io.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.stream.LongStream;

/**
 * Counts the line breaks of a file from a record start onward, to number the rejected rows a report
 * shows. A CR LF pair, a lone CR and a lone LF each count once, inside quoted fields too, as the
 * reference reader numbers its lines.
 *
 * <p>The scan does not count line breaks itself: only the few rows kept as examples need a line
 * number, and counting the breaks of every word took about 9% of a scan. This counter reads the
 * file forward once, only as far as the last row it is asked about. When the first kept rows are
 * near the start of the data, as when blank answers are spread through an export, that is a small
 * part of it; a file that is clean until its last row (a truncated export) is read once more, in
 * parallel pieces when the stretch is long. Confined to one thread.
 */
final class LineBreaks {
  private static final long CRS = ByteLanes.broadcast((byte) '\r');
  private static final long LFS = ByteLanes.broadcast((byte) '\n');
  private static final long SEVENS = ByteLanes.broadcast((byte) 0x07);
  private static final long FIFTEENS = ByteLanes.broadcast((byte) 0x0F);

  /** The default read size. */
  static final int READ = 256 << 10;

  /** The stretch from which a count is split into pieces counted in parallel. */
  static final long PARALLEL = 32L << 20;

  /** The size of each such piece. */
  static final long PIECE = 8L << 20;

  private final FileChannel channel;
  private final byte[] buf;
  private final long parallel;
  private final long piece;

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
    this(channel, start, READ, PARALLEL, PIECE);
  }

  /**
   * @param channel the file, open for reading; positional reads only
   * @param start where counting starts
   * @param read the most bytes read at once (tests use a few, so pairs straddle reads)
   * @param parallel the stretch from which a count is split into pieces counted in parallel
   * @param piece the size of each such piece (tests use a few bytes, so pairs straddle pieces)
   */
  LineBreaks(FileChannel channel, long start, int read, long parallel, long piece) {
    if (read < 1 || piece < 1) {
      throw new IllegalArgumentException(
          "read and piece sizes must be at least 1 but were " + read + " and " + piece);
    }
    this.channel = channel;
    this.position = start;
    this.buf = new byte[read];
    this.parallel = parallel;
    this.piece = piece;
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
    if (offset > position) {
      breaks +=
          offset - position >= parallel
              ? inPieces(position, offset, afterCr)
              : stretch(position, offset, afterCr, buf, offset);
      afterCr = read(offset - 1, buf, 1) && buf[0] == '\r';
      position = offset;
    }
    return breaks;
  }

  /** Counts {@code [from, to)} in pieces, on the common pool and this thread. */
  private long inPieces(long from, long to, boolean firstAfterCr) throws IOException {
    long pieces = (to - from + piece - 1) / piece;
    int read = buf.length;
    try {
      return LongStream.range(0, pieces)
          .parallel()
          .map(
              k -> {
                long a = from + k * piece;
                byte[] own = new byte[read];
                try {
                  boolean cr = k == 0 ? firstAfterCr : read(a - 1, own, 1) && own[0] == '\r';
                  return stretch(a, Math.min(to, a + piece), cr, own, to);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .sum();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Counts {@code [from, to)}, read through {@code into}; {@code afterCr} tells whether the byte
   * before {@code from} is a CR, and {@code asked} is the offset an early end of file is reported
   * against.
   */
  private long stretch(long from, long to, boolean afterCr, byte[] into, long asked)
      throws IOException {
    long n = 0;
    boolean cr = afterCr;
    for (long p = from; p < to; ) {
      int len = (int) Math.min(into.length, to - p);
      if (!read(p, into, len)) {
        throw new EOFException("the file ends before " + asked);
      }
      n += count(into, 0, len, cr);
      cr = into[len - 1] == '\r';
      p += len;
    }
    return n;
  }

  /** Reads {@code len} bytes at {@code at} into the start of {@code into}; false at the end. */
  private boolean read(long at, byte[] into, int len) throws IOException {
    ByteBuffer target = ByteBuffer.wrap(into, 0, len);
    while (target.hasRemaining()) {
      if (channel.read(target, at + target.position()) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Counts the line breaks in {@code bytes[from, to)}.
   *
   * @param afterCr whether the byte before {@code from} is a CR, so an LF at {@code from} is the
   *     second half of a break already counted
   */
  static long count(byte[] bytes, int from, int to, boolean afterCr) {
    long n = 0;
    int i = from;
    long carry = afterCr ? 0x80L : 0L;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long w = ByteLanes.word(bytes, i);
      // 0x08-0x0F all become 0x0F: one test passes over every word without a CR or LF.
      if (ByteLanes.equal(w | SEVENS, FIFTEENS) == 0) {
        carry = 0;
        continue;
      }
      long crm = ByteLanes.equal(w, CRS);
      long lfm = ByteLanes.equal(w, LFS);
      n += Long.bitCount(crm) + Long.bitCount(lfm & ~((crm << 8) | carry));
      carry = crm >>> 56;
    }
    boolean cr = carry != 0;
    for (; i < to; i++) {
      byte c = bytes[i];
      if (c == '\r' || (c == '\n' && !cr)) {
        n++;
      }
      cr = c == '\r';
    }
    return n;
  }
}
