package org.recovery.nps.io.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.recovery.nps.RejectionReason;
import org.recovery.nps.internal.SegmentAccumulator;

/**
 * Holds the merged counts of a whole scan. A count array has one slot per score on the scale, slot
 * 0 for the lowest score. Filled by one thread, then read-only.
 */
public final class ScanTotals {

  /**
   * A kept rejection.
   *
   * @param line the 1-based line on which the rejected record starts
   * @param column the index of the offending field, or -1 for the whole row
   * @param value the offending cell after unquoting, or for a ragged row its field count
   * @param reason why the row was rejected
   */
  public record Rejection(long line, int column, String value, RejectionReason reason) {}

  long rows;
  final long[] overall;
  final SegmentAccumulator segments;
  final Map<Long, long[]> days = new TreeMap<>();
  final long[] faults = new long[RejectionReason.values().length];
  final List<Rejection> rejections = new ArrayList<>();
  int chunks;
  int rescanned;

  ScanTotals(ScanLayout layout) {
    this.overall = new long[layout.scoreWidth()];
    this.segments = SegmentAccumulator.create(layout.scale());
  }

  /** Returns the number of data records: accepted and rejected rows. */
  public long rows() {
    return rows;
  }

  /** Returns the score counts of all accepted rows. */
  public long[] overall() {
    return overall.clone();
  }

  /**
   * Returns the counts per segment key, handed over whole: the caller owns them from here and the
   * totals must not be read for segments again.
   */
  public SegmentAccumulator segments() {
    return segments;
  }

  /** Returns the score counts per local epoch day of the timestamp, ascending. */
  public Map<Long, long[]> days() {
    return Collections.unmodifiableMap(days);
  }

  /** Returns the number of rejected rows for a reason. */
  public long rejected(RejectionReason reason) {
    return faults[reason.ordinal()];
  }

  /** Returns the first kept rejections, in file order. */
  public List<Rejection> rejections() {
    return Collections.unmodifiableList(rejections);
  }

  /** Returns how many chunks the file was cut into. */
  public int chunks() {
    return chunks;
  }

  /** Returns how many chunks were scanned again because their guessed start was wrong. */
  public int rescanned() {
    return rescanned;
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
