package org.recovery.core.internal.json;

import org.jspecify.annotations.Nullable;

/**
 * Creates the exception a format throws for bad input, so each format keeps its own exception type
 * ({@code JsonFormatException}, {@code PolicyConfigException}, …) while sharing one reader and one
 * message shape.
 */
@FunctionalInterface
public interface JsonFailure {

  /**
   * Creates the exception for one problem. Implementations should use {@link #message} so that
   * every format words its errors the same way.
   *
   * @param path where the problem is, as a JSONPath such as {@code $.lines[0].unitPrice.amount}
   * @param detail what is wrong, naming the rule and the actual value
   * @param line the 1-based line of the offending value
   * @param column the 1-based column of the offending value
   * @param cause the low-level failure, if any
   * @return the exception to throw
   */
  RuntimeException create(
      String path, String detail, int line, int column, @Nullable Throwable cause);

  /**
   * Formats a problem the house way: {@code $.lines[0].quantity: expected an integer but was 1.5
   * (line 4, column 44)}.
   *
   * @param path where
   * @param detail what is wrong
   * @param line the 1-based line
   * @param column the 1-based column
   * @return the message
   */
  static String message(String path, String detail, int line, int column) {
    return path + ": " + detail + " (line " + line + ", column " + column + ")";
  }
}
