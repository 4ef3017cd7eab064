package org.recovery.nps.io.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Counts what one chunk of an export holds: scores overall, per segment and per period, rejections
 * by fault with the first few kept, data rows and line breaks. Line numbers are relative to the
 * chunk start until the chunks are stitched together. Written by one thread, then read by the
 * merging thread after the worker finished.
 */
final class ChunkTally {

  /** A kept rejection, its line counted from the chunk start (0 = the chunk's first line). */
  record Example(long relativeLine, int column, String value, Fault fault) {}

  final int width;
  final int segmentDepth;
  long start;
  long stop;
  long breaks;
  long rows;
  final long[] overall;
  long[] segmentCounts;
  long[] periodCounts;
  final long[] faults = new long[Fault.values().length];
  final List<Example> examples = new ArrayList<>();
  final SliceTable[] segmentValues;

  /** Level {@code k} (1 ..) maps (id at level k-1) << 32 | (value id of segment k) to an id. */
  final LongTable[] combos;

  final LongTable periods = new LongTable();
  @Nullable String abort;

  ChunkTally(ScanLayout layout) {
    this.width = layout.scoreWidth();
    this.segmentDepth = layout.segmentColumns().size();
    this.overall = new long[width];
    this.segmentCounts = new long[width * 16];
    this.periodCounts = new long[width * 16];
    this.segmentValues = new SliceTable[segmentDepth];
    this.combos = new LongTable[Math.max(1, segmentDepth)];
    for (int i = 0; i < segmentDepth; i++) {
      segmentValues[i] = new SliceTable();
      combos[i] = new LongTable();
    }
  }

  void countSegment(int combo, int scoreIndex) {
    int i = combo * width + scoreIndex;
    if (i >= segmentCounts.length) {
      segmentCounts = Arrays.copyOf(segmentCounts, Math.max(segmentCounts.length * 2, i + width));
    }
    segmentCounts[i]++;
  }

  void countPeriod(int period, int scoreIndex) {
    int i = period * width + scoreIndex;
    if (i >= periodCounts.length) {
      periodCounts = Arrays.copyOf(periodCounts, Math.max(periodCounts.length * 2, i + width));
    }
    periodCounts[i]++;
  }

  void reject(Fault fault, long relativeLine, int column, String value, int limit) {
    faults[fault.ordinal()]++;
    if (examples.size() < limit) {
      examples.add(new Example(relativeLine, column, value, fault));
    }
  }

  boolean keepsExample(int limit) {
    return examples.size() < limit;
  }

  long rejected() {
    long n = 0;
    for (long f : faults) {
      n += f;
    }
    return n;
  }
}
