package org.recovery.nps.io.internal;

/** Why the scan rejected a data row; mirrors the reader's public rejection reasons. */
enum Fault {
  /** The score cell is empty, blank or {@code N/A}. */
  BLANK,
  /** The score cell is not a number. */
  NOT_A_NUMBER,
  /** The score cell is a number with a non-zero fraction. */
  NOT_AN_INTEGER,
  /** The score is an integer outside the scale. */
  OUT_OF_RANGE,
  /** The row has fewer or more fields than the header. */
  RAGGED_ROW,
  /** The timestamp cell cannot be read as a point in time. */
  BAD_TIMESTAMP;

  private static final Fault[] ALL = values();

  /** Returns the fault encoded by {@link #code()}. */
  static Fault ofCode(int code) {
    return ALL[-1 - code];
  }

  /** Returns this fault as a negative code, distinct from every score. */
  int code() {
    return -1 - ordinal();
  }
}
