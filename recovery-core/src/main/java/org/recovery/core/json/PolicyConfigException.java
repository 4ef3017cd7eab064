package org.recovery.core.json;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a recovery-policy document is not a valid policy: malformed JSON, an unknown,
 * duplicated or mistyped field, a value out of range, or settings that contradict each other. The
 * message names the JSON path, the rule, the actual value and the position: {@code
 * $.refunds.autoApproveLimit.USD: expected an amount like "150.00" but was -5 (line 3, column 37)}.
 * Fix the value at {@link #path()} and load again.
 */
public final class PolicyConfigException extends JsonFormatException {
  private static final long serialVersionUID = 1L;

  PolicyConfigException(
      String path, String detail, int line, int column, @Nullable Throwable cause) {
    super(path, detail, line, column, cause);
  }
}
