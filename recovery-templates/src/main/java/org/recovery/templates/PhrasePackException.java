package org.recovery.templates;

import org.recovery.core.RecoveryException;

/**
 * Thrown when a phrase pack cannot be used: a phrase refers to a variable its letter does not have,
 * a brace is unbalanced, a key is unknown or missing, or the file cannot be read. The message names
 * the phrase, the language and the file it came from.
 */
public class PhrasePackException extends RecoveryException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the phrase, the language and the source
   */
  public PhrasePackException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the low-level cause.
   *
   * @param message what is wrong, naming the source
   * @param cause the underlying failure
   */
  public PhrasePackException(String message, Throwable cause) {
    super(message, cause);
  }
}
