package org.recovery.nps.io.internal;

/**
 * Validates UTF-8 strictly, with the rules of the JDK decoder that reports malformed input: no
 * overlong forms, no encoded surrogates, nothing above U+10FFFF, no stray continuation bytes.
 */
final class Utf8Sequences {

  private Utf8Sequences() {}

  /**
   * Returns the index just after the well-formed sequence whose lead byte is at {@code i}, or a
   * negative value when the sequence is malformed. The caller guarantees three readable bytes after
   * {@code i}; bytes past the end of the data must be zero (never a continuation byte).
   */
  static int end(byte[] b, int i) {
    int lead = b[i] & 0xFF;
    if (lead < 0x80) {
      return i + 1;
    }
    if (lead < 0xC2) {
      return -1;
    }
    int c1 = b[i + 1] & 0xFF;
    if (lead < 0xE0) {
      return continuation(c1) ? i + 2 : -1;
    }
    int c2 = b[i + 2] & 0xFF;
    if (lead < 0xF0) {
      int lo = lead == 0xE0 ? 0xA0 : 0x80;
      int hi = lead == 0xED ? 0x9F : 0xBF;
      return c1 >= lo && c1 <= hi && continuation(c2) ? i + 3 : -1;
    }
    if (lead > 0xF4) {
      return -1;
    }
    int c3 = b[i + 3] & 0xFF;
    int lo = lead == 0xF0 ? 0x90 : 0x80;
    int hi = lead == 0xF4 ? 0x8F : 0xBF;
    return c1 >= lo && c1 <= hi && continuation(c2) && continuation(c3) ? i + 4 : -1;
  }

  /**
   * Validates {@code [from, to)} and returns the index where validation stopped (at or after {@code
   * to}, since the last sequence may run past it), or a negative value {@code -1 - index} naming
   * the first malformed lead byte.
   */
  static int validate(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      if (b[i] >= 0) {
        i++;
        continue;
      }
      int next = end(b, i);
      if (next < 0) {
        return -1 - i;
      }
      i = next;
    }
    return i;
  }

  private static boolean continuation(int c) {
    return (c & 0xC0) == 0x80;
  }
}
