package org.recovery.nps.io.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.recovery.nps.NpsCategory;
import org.recovery.nps.RejectionReason;

/**
 * Counts what one chunk of an export holds: scores overall, per segment and per period, rejections
 * by fault with the first few kept, and data rows. A kept rejection holds the byte offset of its
 * record and where its value lies in the file; the merge turns the offset into a line number
 * ({@link LineBreaks}) and reads the value back ({@link ChunkScanner#value}). Written by one
 * thread, then read by the merging thread after the worker finished.
 */
final class ChunkTally {

  /** The groups a segment counts: detractors, passives, promoters, by category ordinal. */
  static final int GROUPS = NpsCategory.values().length;

  final int width;
  final int segmentDepth;
  long start;
  long stop;
  long rows;
  final long[] overall;

  /**
   * Per segment (combination) id, its detractors, passives and promoters: the counts a segment
   * keeps ({@link org.recovery.nps.internal.SegmentAccumulator}), three per id instead of one per
   * score, so that a column of many distinct values takes less memory and merges without a loop.
   */
  long[] segmentCounts;

  long[] dayCounts;
  final long[] faults = new long[RejectionReason.values().length];

  /** The kept rejections' first room: the default reader keeps 20. */
  private static final int FIRST_EXAMPLES = 32;

  /** How many rejections are kept: the first {@code exampleLimit} of the chunk. */
  final int exampleLimit;

  /** The rejections of the chunk so far, kept or not. */
  int rejected;

  /**
   * The kept rejections, in slots {@code 0 .. kept() - 1}: the record's offset, the column (-1 for
   * the whole record), where the value starts and ends in the file, and the fault. One more slot
   * takes each rejection after those kept, so that keeping one is not a branch: a branch taken only
   * for the first rejections of each chunk is compiled as a trap once the first chunk kept its own,
   * and the next chunk then threw the compiled scan step away. The arrays start with room for
   * {@link #FIRST_EXAMPLES} and grow, for a reader asked to keep more.
   */
  long[] exampleOffsets;

  int[] exampleColumns;
  long[] exampleFrom;
  long[] exampleTo;
  RejectionReason[] exampleReasons;
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
    this(layout.scoreWidth(), layout.segmentColumns().size(), layout.exampleLimit());
  }

  private ChunkTally(int width, int segmentDepth, int exampleLimit) {
    this.width = width;
    this.segmentDepth = segmentDepth;
    this.exampleLimit = exampleLimit;
    int slots = Math.min(exampleLimit, FIRST_EXAMPLES) + 1;
    this.exampleOffsets = new long[slots];
    this.exampleColumns = new int[slots];
    this.exampleFrom = new long[slots];
    this.exampleTo = new long[slots];
    this.exampleReasons = new RejectionReason[slots];
    this.overall = new long[width];
    this.segmentCounts = new long[GROUPS * 16];
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
    rejected = 0;
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

  void countSegment(int combo, int group) {
    int i = combo * GROUPS + group;
    if (i >= segmentCounts.length) {
      segmentCounts = Arrays.copyOf(segmentCounts, Math.max(segmentCounts.length * 2, i + GROUPS));
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

  /**
   * Counts a rejected record and keeps it while fewer than {@link #exampleLimit} are kept.
   *
   * @param offset where the record starts in the file
   * @param column the rejected field, or -1 for the whole record
   * @param from where the value starts in the file
   * @param to where the value ends in the file
   */
  void reject(RejectionReason reason, long offset, int column, long from, long to) {
    faults[reason.ordinal()]++;
    int slot = Math.min(rejected, exampleLimit);
    if (slot == exampleOffsets.length) {
      growExamples();
    }
    rejected++;
    exampleOffsets[slot] = offset;
    exampleColumns[slot] = column;
    exampleFrom[slot] = from;
    exampleTo[slot] = to;
    exampleReasons[slot] = reason;
  }

  private void growExamples() {
    int slots = (int) Math.min((long) exampleLimit + 1, 2L * exampleOffsets.length);
    exampleOffsets = Arrays.copyOf(exampleOffsets, slots);
    exampleColumns = Arrays.copyOf(exampleColumns, slots);
    exampleFrom = Arrays.copyOf(exampleFrom, slots);
    exampleTo = Arrays.copyOf(exampleTo, slots);
    exampleReasons = Arrays.copyOf(exampleReasons, slots);
  }

  /** Returns how many rejections are kept. */
  int kept() {
    return Math.min(rejected, exampleLimit);
  }
}
