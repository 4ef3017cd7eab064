package org.recovery.examples.cli;

/**
 * Input a command cannot use, with a message that names the file or option, the value and what was
 * expected. Reported as one line and exit code {@link RecoveryCommand#UNUSABLE}.
 */
final class UnusableInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnusableInputException(String message) {
    super(message);
  }

  UnusableInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
