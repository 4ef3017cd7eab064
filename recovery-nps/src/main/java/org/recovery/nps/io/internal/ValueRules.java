package org.recovery.nps.io.internal;

/**
 * Reads the cells the fast scan cannot settle in place, with exactly the rules of the reference
 * reader, so that both paths agree on every value. The scan calls these only for cells outside its
 * byte-level fast cases (one or two ASCII digits, canonical ISO-8601 timestamps).
 */
interface ValueRules {

  /** Marks a timestamp cell that cannot be read; see {@link #epochDay(String)}. */
  long NO_DAY = Long.MIN_VALUE;

  /**
   * Returns the score (0 or more) in a score cell, or a negative {@link Fault#code()} naming why
   * the cell was rejected.
   */
  int score(String cell);

  /** Returns the local epoch day of a timestamp cell, or {@link #NO_DAY}. */
  long epochDay(String cell);

  /** Returns the segment value the reference reader reports for a segment cell. */
  String segment(String cell);
}
