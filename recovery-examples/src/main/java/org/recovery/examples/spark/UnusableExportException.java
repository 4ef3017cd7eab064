package org.recovery.examples.spark;

/**
 * An export {@link NpsOnSpark} cannot report on, with a message that names the file, the rule and
 * what was found. Reported as one line and exit code 1.
 */
final class UnusableExportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnusableExportException(String message) {
    super(message);
  }

  UnusableExportException(String message, Throwable cause) {
    super(message, cause);
  }
}
