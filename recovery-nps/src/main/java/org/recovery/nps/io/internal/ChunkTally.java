package org.recovery.nps.io.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.recovery.nps.RejectionReason;

/**
 * Counts what one chunk of an export holds: scores overall, per segment and per period, rejections
 * by fault with the first few kept, and data rows. A kept rejection holds the byte offset of its
 * record; the merge turns it into a line number ({@link LineBreaks}). Written by one thread, then
 * read by the merging thread after the worker finished.
 */
final class ChunkTally {

  /** A kept rejection and the byte offset in the file where its record starts. */
  record Example(long offset, int column, String value, RejectionReason reason) {}

  final int width;
  final int segmentDepth;
  long start;
  long stop;
  long rows;
  final long[] overall;
  long[] segmentCounts;
  long[] dayCounts;
  final long[] faults = new long[RejectionReason.values().length];
  final List<Example> examples = new ArrayList<>();
  final SliceTable[] segmentValues;

  /** Level {@code k} (1 ..) maps (id at level k-1) << 32 | (value id of segment k) to an id. */
  final LongTable[] combos;

  final LongTable days = new LongTable();

  /**
   * The segment values of each level, decoded: {@code decoded[k][v]} is the value of slice {@code
   * v} of {@code segmentValues[k]}, once {@link #decodeSegments} ran.
   */
  final String[][] decoded;

  @Nullable String abort;

  ChunkTally(ScanLayout layout) {
    this(layout.scoreWidth(), layout.segmentColumns().size());
  }

  private ChunkTally(int width, int segmentDepth) {
    this.width = width;
    this.segmentDepth = segmentDepth;
    this.overall = new long[width];
    this.segmentCounts = new long[width * 16];
    this.dayCounts = new long[width * 16];
    this.segmentValues = new SliceTable[segmentDepth];
    this.combos = new LongTable[Math.max(1, segmentDepth)];
    this.decoded = new String[segmentDepth][];
    for (int i = 0; i < segmentDepth; i++) {
      segmentValues[i] = new SliceTable();
      combos[i] = new LongTable();
    }
  }

  /**
   * Empties the tally for another chunk, keeping the arrays it grew: a column with many distinct
   * values grows each chunk's tables and counts to megabytes, and allocating them afresh for every
   * chunk filled the heap with garbage the collector then had to compact.
   */
  void reset() {
    start = 0;
    stop = 0;
    rows = 0;
    abort = null;
    Arrays.fill(overall, 0);
    Arrays.fill(faults, 0);
    Arrays.fill(segmentCounts, 0);
    Arrays.fill(dayCounts, 0);
    examples.clear();
    days.clear();
    for (int i = 0; i < segmentDepth; i++) {
      segmentValues[i].clear();
      combos[i].clear();
    }
  }

  /**
   * Decodes each distinct segment cell of the chunk once, as the reference reader reads it, on the
   * scanning thread: with millions of distinct values the merging thread, which then only counts
   * the decoded values, had been the bottleneck. Their hash codes are computed here too, for the
   * same reason.
   */
  void decodeSegments(ChunkScanner decoder, ValueRules rules) {
    for (int k = 0; k < segmentDepth; k++) {
      SliceTable table = segmentValues[k];
      int n = table.size();
      String[] values = decoded[k];
      if (values == null || values.length < n) {
        values = new String[Math.max(n, 16)];
        decoded[k] = values;
      }
      for (int v = 0; v < n; v++) {
        String value = rules.segment(decoder.decode(table, v));
        value.hashCode();
        values[v] = value;
      }
    }
  }

  void countSegment(int combo, int scoreIndex) {
    int i = combo * width + scoreIndex;
    if (i >= segmentCounts.length) {
      segmentCounts = Arrays.copyOf(segmentCounts, Math.max(segmentCounts.length * 2, i + width));
    }
    segmentCounts[i]++;
  }

  void countDay(int day, int scoreIndex) {
    int i = day * width + scoreIndex;
    if (i >= dayCounts.length) {
      dayCounts = Arrays.copyOf(dayCounts, Math.max(dayCounts.length * 2, i + width));
    }
    dayCounts[i]++;
  }

  void reject(RejectionReason reason, long offset, int column, String value, int limit) {
    faults[reason.ordinal()]++;
    if (examples.size() < limit) {
      examples.add(new Example(offset, column, value, reason));
    }
  }

  boolean keepsExample(int limit) {
    return examples.size() < limit;
  }
}
