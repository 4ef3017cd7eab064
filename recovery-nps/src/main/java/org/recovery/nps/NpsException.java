package org.recovery.nps;

/**
 * Root of the unchecked exceptions the NPS module throws for bad data (as opposed to programming
 * errors, which get the JDK's own exceptions). Subclasses carry where the problem is.
 */
public class NpsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that names the thing, the rule, the value and where.
   *
   * @param message what went wrong and how to fix it
   */
  public NpsException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the low-level cause.
   *
   * @param message what went wrong and how to fix it
   * @param cause the underlying failure
   */
  public NpsException(String message, Throwable cause) {
    super(message, cause);
  }
}
