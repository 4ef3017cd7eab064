package org.recovery.nps.io.internal;

import org.recovery.nps.RejectionReason;

/**
 * Reads the cells the fast scan cannot settle in place, with exactly the rules of the reference
 * reader, so that both paths agree on every value. The scan calls these only for cells outside its
 * byte-level fast cases (one or two ASCII digits, canonical ISO-8601 timestamps), and for every
 * distinct segment cell of a chunk. Every scanning thread calls them at once: implementations must
 * be thread-safe.
 */
public interface ValueRules {

  /** Marks a timestamp cell that cannot be read; see {@link #epochDay(String)}. */
  long NO_DAY = Long.MIN_VALUE;

  /**
   * Returns the score (0 or more) in a score cell, or a negative {@link #code(RejectionReason)}
   * naming why the cell was rejected. The scan answers an empty cell itself: it is {@link
   * RejectionReason#BLANK} under any rules. It asks about a cell of up to 16 bytes once per
   * scanning thread and keeps the answer, so the answer must depend on the cell alone.
   *
   * @param cell the cell text after CSV unquoting
   * @return the score or a negative code
   */
  int score(String cell);

  /**
   * Returns the negative code of a rejection reason, distinct from every score.
   *
   * @param reason the reason
   * @return {@code -1 - reason.ordinal()}
   */
  static int code(RejectionReason reason) {
    return -1 - reason.ordinal();
  }

  /**
   * Returns the rejection reason of a negative code.
   *
   * @param code a value returned by {@link #code(RejectionReason)}
   * @return the reason
   */
  static RejectionReason reason(int code) {
    return Reasons.ALL[-1 - code];
  }

  /**
   * The reasons by ordinal, read once: {@code values()} copies the array on every call, and the
   * scan asks for the reason of every rejected row (six megabytes of copies in a 10 M-row export,
   * and a collection that stopped both scanning threads).
   */
  final class Reasons {
    static final RejectionReason[] ALL = RejectionReason.values();

    private Reasons() {}
  }

  /**
   * Returns the local epoch day of a timestamp cell in the reader's zone.
   *
   * @param cell the cell text after CSV unquoting
   * @return the epoch day, or {@link #NO_DAY} when the cell is not a timestamp
   */
  long epochDay(String cell);

  /**
   * Returns the segment value the reference reader reports for a segment cell.
   *
   * @param cell the cell text after CSV unquoting
   * @return the segment value
   */
  String segment(String cell);
}
