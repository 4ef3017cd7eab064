package org.recovery.nps.io;

import java.io.IOException;

/** Signals invalid bytes from {@link StrictDecodingReader}; turned into a line-aware error. */
final class InvalidBytesException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long byteOffset;
  private final String bytes;
  private final String charsetName;

  InvalidBytesException(long byteOffset, String bytes, String charsetName) {
    super("invalid " + charsetName + " bytes " + bytes + " at byte offset " + byteOffset);
    this.byteOffset = byteOffset;
    this.bytes = bytes;
    this.charsetName = charsetName;
  }

  long byteOffset() {
    return byteOffset;
  }

  String bytes() {
    return bytes;
  }

  String charsetName() {
    return charsetName;
  }

  /**
   * Turns this into the reader's error, which says how to fix it.
   *
   * @param line the line the invalid bytes are on
   */
  SurveyEncodingException toSurveyException(long line) {
    return new SurveyEncodingException(
        "invalid "
            + charsetName
            + " bytes "
            + bytes
            + " at byte offset "
            + byteOffset
            + " (line "
            + line
            + "): re-export the file as "
            + charsetName
            + " or set the reader's charset to the one it was written in",
        line,
        byteOffset);
  }
}
