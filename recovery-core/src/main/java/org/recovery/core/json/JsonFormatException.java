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
 *
 * <p>Formats with their own exception type extend this one with a constructor that calls {@link
 * #JsonFormatException(String, String, int, int, Throwable)}, so that every JSON document error
 * carries the same path, detail, line and column.
 */
public class JsonFormatException extends RecoveryException {
  private static final long serialVersionUID = 1L;

  /** Where the problem is, as a JSONPath. */
  private final String path;

  /** What is wrong, without the path and position. */
  private final String detail;

  /** The 1-based line of the offending value. */
  private final int line;

  /** The 1-based column of the offending value. */
  private final int column;

  /**
   * Creates the exception for one problem, worded {@code path: detail (line L, column C)}.
   *
   * @param path where the problem is, as a JSONPath such as {@code $.lines[0].quantity}
   * @param detail what is wrong, naming the rule and the actual value
   * @param line the 1-based line of the offending value
   * @param column the 1-based column of the offending value
   * @param cause the low-level failure, if any
   */
  protected JsonFormatException(
      String path, String detail, int line, int column, @Nullable Throwable cause) {
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
