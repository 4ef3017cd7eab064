package org.recovery.core.json;

import org.jspecify.annotations.Nullable;
import org.recovery.core.RecoveryException;
import org.recovery.core.internal.json.JsonFailure;

/**
 * Thrown when a recovery-policy document is not a valid policy: malformed JSON, an unknown,
 * duplicated or mistyped field, a value out of range, or settings that contradict each other. The
 * message names the JSON path, the rule, the actual value and the position: {@code
 * $.refunds.autoApproveLimit.USD: expected an amount like "150.00" but was -5 (line 3, column 37)}.
 * Fix the value at {@link #path()} and load again.
 */
public final class PolicyConfigException extends RecoveryException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String detail;
  private final int line;
  private final int column;

  PolicyConfigException(
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
