package org.recovery.core;

import org.jspecify.annotations.Nullable;

/**
 * Root of the unchecked exceptions Recovery throws for bad data (as opposed to programming errors,
 * which get the JDK's own exceptions). Subclasses carry where the problem is.
 */
public class RecoveryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that names the thing, the rule, the value and where.
   *
   * @param message what went wrong and how to fix it
   */
  public RecoveryException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the low-level cause.
   *
   * @param message what went wrong and how to fix it
   * @param cause the underlying failure, if any
   */
  public RecoveryException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
