package org.recovery.nps.io;

import java.io.IOException;

/** Signals the end of input inside a quoted field; turned into a {@link SurveyFormatException}. */
final class UnterminatedQuoteException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long recordLine;
  private final long quoteLine;
  private final int fieldIndex;

  UnterminatedQuoteException(long recordLine, long quoteLine, int fieldIndex) {
    super("unterminated quoted field in the record starting at line " + recordLine);
    this.recordLine = recordLine;
    this.quoteLine = quoteLine;
    this.fieldIndex = fieldIndex;
  }

  long recordLine() {
    return recordLine;
  }

  long quoteLine() {
    return quoteLine;
  }

  int fieldIndex() {
    return fieldIndex;
  }
}
