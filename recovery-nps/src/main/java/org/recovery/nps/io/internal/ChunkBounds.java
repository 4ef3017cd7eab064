package org.recovery.nps.io.internal;

/**
 * Where the chunks of a parallel scan start and end: a few small chunks first, then chunks of the
 * nominal size.
 *
 * <p>The small chunks are there for the JIT compiler, not for the work. The scan loop is compiled
 * from the branch profile its first iterations leave; a branch that has not been taken by then,
 * such as the one ending a chunk, is compiled as a trap that throws the compiled code away when it
 * is first taken, and each scanning thread then runs interpreted until the loop is compiled again.
 * With 16 MB chunks every such end came after the first compilation, which cost several
 * recompilations of the loop on every run. Each thread interprets its first half megabyte or so
 * before the profiled code runs, so 48 chunks of 64 KB (3 MB, read in quarters so that the read
 * window slides too) leave several chunk ends in the profile of every thread before C2 compiles.
 */
final class ChunkBounds {

  /** The number of small chunks at the start of the data. */
  static final int RAMP = 48;

  /** The size of each small chunk (or the nominal size, when that is smaller). */
  static final long RAMP_SIZE = 64L << 10;

  private final long dataStart;
  private final long size;
  private final long chunkSize;
  private final long small;
  private final int ramp;
  private final int count;

  /**
   * @param dataStart the offset of the first data record
   * @param size the file size
   * @param chunkSize the nominal chunk size (at least 1)
   */
  ChunkBounds(long dataStart, long size, long chunkSize) {
    if (chunkSize < 1) {
      throw new IllegalArgumentException("chunk size must be at least 1, got " + chunkSize);
    }
    this.dataStart = dataStart;
    this.size = size;
    this.chunkSize = chunkSize;
    this.small = Math.min(chunkSize, RAMP_SIZE);
    long span = Math.max(0, size - dataStart);
    long smallChunks = (span + small - 1) / small;
    if (smallChunks <= RAMP) {
      this.ramp = (int) Math.max(1, smallChunks);
      this.count = ramp;
    } else {
      this.ramp = RAMP;
      long rest = span - RAMP * small;
      this.count = Math.toIntExact(RAMP + (rest + chunkSize - 1) / chunkSize);
    }
  }

  /** The number of chunks, at least 1. */
  int count() {
    return count;
  }

  /** The nominal start of chunk {@code i}. */
  long start(int i) {
    long offset = i <= ramp ? i * small : ramp * small + (i - ramp) * chunkSize;
    return Math.min(size, dataStart + offset);
  }

  /** The nominal end of chunk {@code i}: the next chunk's start, or the file size for the last. */
  long end(int i) {
    return i == count - 1 ? size : start(i + 1);
  }
}
