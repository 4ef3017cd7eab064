package org.recovery.nps.internal;

/**
 * A block of consecutive segments in key order, read for a writer in tight loops: their values and
 * result keys first, then the length of every value. Segments in key order sit at scattered places
 * in memory, and a writer that fetched each segment's value while writing the row before it waited
 * for one cache miss after another; reading a block in loops that do nothing else lets the
 * processor fetch many segments at once. Confined to one writer.
 */
final class SegmentBlock {

  /** Segments per block: enough to keep many reads in flight, few enough to stay in cache. */
  static final int SIZE = 256;

  private final SegmentResults segments;
  private final int columns;
  private final String[][] values;
  private final long[] resultKeys = new long[SIZE];
  private int from;
  private int size;

  /**
   * The total length of the block's values. Kept, though no writer asks for it, so that the loop
   * that reads every value's length, and with it the value itself, cannot be compiled away.
   */
  @SuppressWarnings("unused")
  private long chars;

  SegmentBlock(SegmentResults segments, int columns) {
    this.segments = segments;
    this.columns = columns;
    this.values = new String[columns][SIZE];
  }

  /**
   * Reads the segments from {@code from} on, at most {@link #SIZE} of them.
   *
   * @param start the first segment's position in key order
   * @return how many segments the block now holds, 0 past the last segment
   */
  int load(int start) {
    from = start;
    size = Math.max(0, Math.min(SIZE, segments.size() - start));
    for (int c = 0; c < columns; c++) {
      String[] column = values[c];
      for (int row = 0; row < size; row++) {
        column[row] = segments.value(start + row, c);
      }
    }
    for (int row = 0; row < size; row++) {
      resultKeys[row] = segments.resultKey(start + row);
    }
    long total = 0;
    for (int c = 0; c < columns; c++) {
      String[] column = values[c];
      for (int row = 0; row < size; row++) {
        total += column[row].length();
      }
    }
    chars = total;
    return size;
  }

  /** Returns the number of segments in the block. */
  int size() {
    return size;
  }

  /** Returns a segment's position in key order, for {@link SegmentResults#result(int)}. */
  int index(int row) {
    return from + row;
  }

  /** Returns a segment's value in one column. */
  String value(int row, int column) {
    return values[column][row];
  }

  /** Returns a segment's {@link SegmentResults#resultKey result key}. */
  long resultKey(int row) {
    return resultKeys[row];
  }

  /** Returns the segments the block reads. */
  SegmentResults segments() {
    return segments;
  }
}
