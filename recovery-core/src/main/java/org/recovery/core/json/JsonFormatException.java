package org.recovery.core.json;

import org.jspecify.annotations.Nullable;
import org.recovery.core.RecoveryException;
import org.recovery.core.internal.json.JsonFailure;

/**
 * Thrown when a JSON document does not follow Recovery's wire contract: malformed JSON, a field
 * that is unknown, missing, duplicated or of the wrong type, a value out of range, or a document
 * beyond the size limits. The message names the JSON path, the rule, the actual value and the
 * position: {@code $.lines[0].unitPrice.amount: expected a decimal string like "24.99" but was -3
 * (line 4, column 44)}.
 */
public final class JsonFormatException extends RecoveryException {
  private static final long serialVersionUID = 1L;

  /** Where the problem is, as a JSONPath. */
  private final String path;

  /** What is wrong, without the path and position. */
  private final String detail;

  /** The 1-based line of the offending value. */
  private final int line;

  /** The 1-based column of the offending value. */
  private final int column;

  JsonFormatException(String path, String detail, int line, int column, @Nullable Throwable cause) {
    super(JsonFailure.message(path, detail, line, column), cause);
    this.path = path;
    this.detail = detail;
    this.line = line;
    this.column = column;
  }

  /**
   * Returns where the problem is, as a JSONPath such as {@code $.lines[0].unitPrice.amount}; {@code
   * $} is the whole document.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Returns what is wrong, without the path and position, e.g. {@code expected a decimal string
   * like "24.99" but was -3}.
   *
   * @return the detail
   */
  public String detail() {
    return detail;
  }

  /**
   * Returns the 1-based line of the offending value.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column of the offending value, counted in characters.
   *
   * @return the column
   */
  public int column() {
    return column;
  }
}
