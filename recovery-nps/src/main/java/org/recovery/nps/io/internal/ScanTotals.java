package org.recovery.nps.io.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Holds the merged counts of a whole scan: score counts (index 0 = the scale's lowest score)
 * overall, per segment key (in order of first appearance in the file) and per period start (epoch
 * day, ascending), rejections by fault and the first kept ones with absolute line numbers. Filled
 * by one thread.
 */
final class ScanTotals {

  /** A kept rejection: the 1-based line where its record starts, its column (-1: whole row). */
  record Rejection(long line, int column, String value, Fault fault) {}

  long rows;
  final long[] overall;
  final Map<List<String>, long[]> segments = new LinkedHashMap<>();
  final Map<Long, long[]> periods = new TreeMap<>();
  final long[] faults = new long[Fault.values().length];
  final List<Rejection> rejections = new ArrayList<>();
  int chunks;
  int rescanned;

  ScanTotals(int width) {
    this.overall = new long[width];
  }

  long rejected() {
    long n = 0;
    for (long f : faults) {
      n += f;
    }
    return n;
  }

  long responses() {
    long n = 0;
    for (long c : overall) {
      n += c;
    }
    return n;
  }
}
