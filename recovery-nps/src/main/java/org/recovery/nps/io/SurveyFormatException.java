package org.recovery.nps.io;

import org.recovery.nps.NpsException;

/**
 * Reports a survey export that cannot be read reliably: a missing column, an unterminated quoted
 * field, bytes that are not valid in the charset. Rows that are merely bad (a blank score, a ragged
 * row) are not exceptions but counted rejections in the report.
 */
public class SurveyFormatException extends NpsException {
  private static final long serialVersionUID = 1L;

  private final long line;
  private final String column;

  /**
   * Creates an exception.
   *
   * @param message what went wrong, where, and how to fix it
   * @param line the 1-based physical line the problem is on (for a record, the line it starts on)
   * @param column the header of the column concerned, or {@code ""} when no column is
   */
  public SurveyFormatException(String message, long line, String column) {
    super(message);
    this.line = line;
    this.column = column;
  }

  /**
   * Returns the 1-based physical line the problem is on; for a record, the line on which it starts.
   * Each of CR, LF and CRLF ends a line, also inside quoted fields.
   *
   * @return the line, at least 1
   */
  public long line() {
    return line;
  }

  /**
   * Returns the header of the column concerned.
   *
   * @return the column header, or {@code ""} when the problem is not about one column
   */
  public String column() {
    return column;
  }
}
