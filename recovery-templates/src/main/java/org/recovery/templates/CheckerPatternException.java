package org.recovery.templates;

import org.recovery.core.RecoveryException;

/**
 * Thrown when a checker pattern file cannot be used: it is not valid JSON, a pattern lacks a field,
 * names an unknown category or is not a valid regular expression. The message names the pattern,
 * the language and the file.
 */
public class CheckerPatternException extends RecoveryException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and where
   */
  public CheckerPatternException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the low-level cause.
   *
   * @param message what is wrong and where
   * @param cause the underlying failure
   */
  public CheckerPatternException(String message, Throwable cause) {
    super(message, cause);
  }
}
