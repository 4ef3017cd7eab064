package org.recovery.templates;

import org.recovery.core.RecoveryException;

/**
 * Thrown when a letter cannot be written from a complaint and its plan, for example when an
 * ownership statement lacks a parameter its phrase needs. The message names the plan, the statement
 * and the parameter.
 */
public class LetterException extends RecoveryException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is missing and where
   */
  public LetterException(String message) {
    super(message);
  }
}
