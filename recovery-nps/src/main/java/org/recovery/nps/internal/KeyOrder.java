package org.recovery.nps.internal;

import java.util.Arrays;

/**
 * Orders millions of strings as {@link String#compareTo} does, fast: comparing the strings
 * themselves costs cache misses on every step of a sort. Each string's first characters after the
 * prefix all share are packed with its index into one {@code long}, the longs are sorted (a
 * primitive sort, in cache), and only runs whose packed characters tie are sorted by comparing the
 * strings.
 */
final class KeyOrder {

  /** Bits per packed character: {@code c + 1}, 0 past the end, so shorter sorts first. */
  private static final int CHAR_BITS = 8;

  private KeyOrder() {}

  /**
   * Returns the indexes {@code 0 .. size-1} of {@code values} in the order of their values.
   *
   * @param values the strings, distinct
   * @param size how many of them to order
   * @return the indexes in order
   */
  static int[] of(String[] values, int size) {
    int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, size - 1)));
    // One bit stays clear so that the signed sort of longs is the unsigned order.
    int chars = (63 - indexBits) / CHAR_BITS;
    int common = commonPrefix(values, size);
    long[] packed = new long[size];
    for (int i = 0; i < size; i++) {
      String v = values[i];
      long head = 0;
      for (int c = 0; c < chars; c++) {
        int at = common + c;
        long code = at < v.length() ? v.charAt(at) + 1L : 0L;
        if (code >= 1 << CHAR_BITS) {
          return byComparison(values, size);
        }
        head = head << CHAR_BITS | code;
      }
      packed[i] = head << indexBits | i;
    }
    Arrays.sort(packed);
    long mask = (1L << indexBits) - 1;
    int runStart = 0;
    for (int i = 0; i <= size; i++) {
      if (i == size || (packed[i] >>> indexBits) != (packed[runStart] >>> indexBits)) {
        if (i - runStart > 1) {
          sortRun(values, packed, runStart, i, mask);
        }
        runStart = i;
      }
    }
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = (int) (packed[i] & mask);
    }
    return order;
  }

  /** Sorts a run whose packed characters tie by the whole strings, keeping the packed heads. */
  private static void sortRun(String[] values, long[] packed, int from, int to, long mask) {
    Integer[] run = new Integer[to - from];
    for (int i = from; i < to; i++) {
      run[i - from] = (int) (packed[i] & mask);
    }
    Arrays.sort(run, (a, b) -> values[a].compareTo(values[b]));
    for (int i = from; i < to; i++) {
      packed[i] = (packed[i] & ~mask) | run[i - from];
    }
  }

  private static int commonPrefix(String[] values, int size) {
    if (size == 0) {
      return 0;
    }
    String first = values[0];
    int common = first.length();
    for (int i = 1; i < size && common > 0; i++) {
      String v = values[i];
      int n = Math.min(common, v.length());
      int c = 0;
      while (c < n && v.charAt(c) == first.charAt(c)) {
        c++;
      }
      common = c;
    }
    return common;
  }

  private static int[] byComparison(String[] values, int size) {
    Integer[] ids = new Integer[size];
    for (int i = 0; i < size; i++) {
      ids[i] = i;
    }
    Arrays.sort(ids, (a, b) -> values[a].compareTo(values[b]));
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = ids[i];
    }
    return order;
  }
}
