package org.recovery.nps.io;

/** Names the file formats {@link SurveyReader} reads. */
public enum SurveyFormat {
  /** Comma-separated values per RFC 4180 (any single-character delimiter), with header rows. */
  CSV,
  /**
   * JSON Lines: one JSON object per line, columns are the object's top-level keys; blank lines are
   * skipped. Numbers and strings are both accepted as scores.
   */
  JSON_LINES
}
