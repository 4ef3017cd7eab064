package org.recovery.core.internal.json;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Thrown while tokenizing when a document breaks one of {@link DocumentLimits}; its message is
 * already the detail users read ({@code string longer than the limit of 5 characters}), so the
 * reader recognises it by type and never has to interpret Jackson's wording.
 */
final class LimitExceeded extends StreamConstraintsException {
  private static final long serialVersionUID = 1L;

  LimitExceeded(String detail) {
    super(detail);
  }
}
