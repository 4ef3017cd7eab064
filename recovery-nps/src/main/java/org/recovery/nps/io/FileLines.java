package org.recovery.nps.io;

/**
 * Numbers the lines of several files read as one export: the file's place in the list in the high
 * bits and its own line in the low ones, so that lines order by file, then by line, and a later
 * file's row is later than every row of an earlier file (as de-duplication and the order of
 * rejection examples need), while each file keeps its own line numbers. One file is file 0, whose
 * numbers are its plain lines.
 */
final class FileLines {
  private static final int SHIFT = 40;
  private static final long LINE_MASK = (1L << SHIFT) - 1;

  private FileLines() {}

  /** Returns the number of line 0 of the file at an index, to be added to its lines. */
  static long base(int file) {
    return (long) file << SHIFT;
  }

  /** Returns the index of the file a numbered line is in. */
  static int file(long numbered) {
    return (int) (numbered >>> SHIFT);
  }

  /** Returns a numbered line's line in its own file. */
  static long line(long numbered) {
    return numbered & LINE_MASK;
  }
}
