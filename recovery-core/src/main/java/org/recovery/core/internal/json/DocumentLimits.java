package org.recovery.core.internal.json;

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * The sizes a document may reach, enforced by Jackson while it tokenizes and worded by Recovery:
 * each check Jackson calls fails with a {@link LimitExceeded} that says which limit was broken, so
 * a Jackson upgrade that rewords its own messages changes nothing users read. Immutable.
 */
final class DocumentLimits extends StreamReadConstraints {
  private static final long serialVersionUID = 1L;

  private final int maxDepth;

  /**
   * Creates the limits.
   *
   * @param maxDepth the deepest nesting of objects and arrays the reader accepts; Jackson is given
   *     one level of slack so that the tree builder, which knows the exact path, reports it
   * @param maxStringLength the longest string value, in characters
   * @param maxNameLength the longest field name, in characters
   * @param maxDocumentLength the longest document, in characters
   */
  DocumentLimits(int maxDepth, int maxStringLength, int maxNameLength, long maxDocumentLength) {
    super(
        maxDepth + 1,
        maxDocumentLength,
        StreamReadConstraints.DEFAULT_MAX_NUM_LEN,
        maxStringLength,
        maxNameLength,
        StreamReadConstraints.DEFAULT_MAX_TOKEN_COUNT);
    this.maxDepth = maxDepth;
  }

  int maxDepth() {
    return maxDepth;
  }

  String depthExceeded() {
    return "nesting deeper than the limit of " + maxDepth + " levels";
  }

  String stringTooLong() {
    return "string longer than the limit of " + getMaxStringLength() + " characters";
  }

  @Override
  public void validateNestingDepth(int depth) throws LimitExceeded {
    if (depth > getMaxNestingDepth()) {
      throw new LimitExceeded(depthExceeded());
    }
  }

  @Override
  public void validateDocumentLength(long length) throws LimitExceeded {
    if (hasMaxDocumentLength() && length > getMaxDocumentLength()) {
      throw new LimitExceeded(
          "document longer than the limit of " + getMaxDocumentLength() + " characters");
    }
  }

  @Override
  public void validateIntegerLength(int length) throws LimitExceeded {
    checkNumberLength(length);
  }

  @Override
  public void validateFPLength(int length) throws LimitExceeded {
    checkNumberLength(length);
  }

  private void checkNumberLength(int length) throws LimitExceeded {
    if (length > getMaxNumberLength()) {
      throw new LimitExceeded(
          "number longer than the limit of " + getMaxNumberLength() + " characters");
    }
  }

  @Override
  public void validateStringLength(int length) throws LimitExceeded {
    if (length > getMaxStringLength()) {
      throw new LimitExceeded(stringTooLong());
    }
  }

  @Override
  public void validateNameLength(int length) throws LimitExceeded {
    if (length > getMaxNameLength()) {
      throw new LimitExceeded(
          "field name longer than the limit of " + getMaxNameLength() + " characters");
    }
  }
}
