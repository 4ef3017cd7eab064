package org.recovery.nps.io;

/** Names the file formats {@link SurveyReader} reads. */
public enum SurveyFormat {
  /** Comma-separated values per RFC 4180 (any single-character delimiter), with header rows. */
  CSV,
  /**
   * JSON Lines: one JSON object per line (CR, LF or CRLF), columns are the object's top-level keys;
   * blank lines are skipped. A JSON number is read by its exact decimal value ({@code 9}, {@code
   * 9.0} and {@code 1E+1} are integers, {@code 9.5} is not); a JSON string goes through the same
   * score grammar as a CSV cell; a missing key or {@code null} is blank; a line that is not a JSON
   * object is rejected as {@code MALFORMED_RECORD}.
   */
  JSON_LINES
}
