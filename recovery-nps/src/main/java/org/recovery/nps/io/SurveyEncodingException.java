package org.recovery.nps.io;

/**
 * Reports bytes that are not valid in the export's charset (UTF-8 unless configured otherwise).
 * Decoding is strict: invalid bytes are never replaced, because a replaced byte could silently
 * change a score or a segment.
 */
public class SurveyEncodingException extends SurveyFormatException {
  private static final long serialVersionUID = 1L;

  /** Where the undecodable bytes start, counted from the start of the input. */
  private final long byteOffset;

  /**
   * Creates an exception.
   *
   * @param message what went wrong and where
   * @param line the 1-based physical line the invalid bytes are on
   * @param byteOffset the 0-based offset of the first invalid byte from the start of the input
   */
  public SurveyEncodingException(String message, long line, long byteOffset) {
    super(message, line, "");
    this.byteOffset = byteOffset;
  }

  /**
   * Returns the 0-based offset of the first invalid byte, counted from the start of the input (a
   * byte-order mark included).
   *
   * @return the offset, at least 0
   */
  public long byteOffset() {
    return byteOffset;
  }
}
