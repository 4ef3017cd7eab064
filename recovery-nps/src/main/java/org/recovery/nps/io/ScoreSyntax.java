package org.recovery.nps.io;

import org.recovery.nps.RejectionReason;

/**
 * Decides what a score cell means. This class is the single definition of the score grammar; every
 * reader (the reference CSV and JSON Lines readers and any faster path) must give the same answer
 * for the same cell text.
 *
 * <p>The cell text is the field's value after CSV unquoting (so the quoted field {@code "9"} is the
 * text {@code 9}; quote characters that remain in the text are ordinary characters). Then, in this
 * order:
 *
 * <ol>
 *   <li><b>Trim</b>: leading and trailing spaces (U+0020) and tabs (U+0009) are removed; no other
 *       character is trimmed (not CR, LF, no-break space).
 *   <li><b>BLANK</b>: the trimmed text is empty, or equals one of {@code N/A}, {@code NA}, {@code
 *       #N/A}, {@code NULL}, {@code -}, compared ignoring ASCII case.
 *   <li><b>Number</b>: the trimmed text must match {@code [+-]?[0-9]+(\.[0-9]+)?}: an optional
 *       sign, one or more ASCII digits, optionally a point followed by one or more ASCII digits.
 *       Anything else is NOT_A_NUMBER: {@code ten}, {@code 10/10}, {@code 1e1}, {@code 9.}, {@code
 *       .5}, {@code 9,0}, {@code 9 0}, {@code 0x9}, {@code ++9}, non-ASCII digits, and text still
 *       wrapped in quote characters ({@code '9'}, or {@code "9"} after unquoting).
 *   <li><b>NOT_AN_INTEGER</b>: any fraction digit is not {@code 0} ({@code 9.5}, {@code 9.05});
 *       {@code 9.0} and {@code 9.000} are integers.
 *   <li><b>OUT_OF_RANGE</b>: the integer (leading zeros ignored, so {@code 09} is 9 and {@code -0}
 *       is 0; {@code +9} is 9) lies outside the scale's range ({@code 11}, {@code -1}, {@code
 *       99999999999999999999}).
 *   <li>Otherwise the score is the integer.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
final class ScoreSyntax {
  /** Returned for a blank cell. */
  static final int BLANK = -1;

  /** Returned for a cell that is not a decimal number. */
  static final int NOT_A_NUMBER = -2;

  /** Returned for a number with a non-zero fraction. */
  static final int NOT_AN_INTEGER = -3;

  /** Returned for an integer off the scale. */
  static final int OUT_OF_RANGE = -4;

  private ScoreSyntax() {}

  /**
   * Parses a score cell.
   *
   * @param text the cell text after CSV unquoting
   * @param min the lowest score on the scale, at least 0
   * @param max the highest score on the scale
   * @return the score ({@code min..max}), or one of the negative codes {@link #BLANK}, {@link
   *     #NOT_A_NUMBER}, {@link #NOT_AN_INTEGER}, {@link #OUT_OF_RANGE}
   */
  static int parse(CharSequence text, int min, int max) {
    int start = 0;
    int end = text.length();
    while (start < end && isTrimmed(text.charAt(start))) {
      start++;
    }
    while (end > start && isTrimmed(text.charAt(end - 1))) {
      end--;
    }
    if (start == end || isBlankToken(text, start, end)) {
      return BLANK;
    }
    int i = start;
    boolean negative = false;
    char first = text.charAt(i);
    if (first == '+' || first == '-') {
      negative = first == '-';
      i++;
    }
    int digitsStart = i;
    long value = 0;
    boolean huge = false;
    while (i < end && isDigit(text.charAt(i))) {
      if (!huge) {
        value = value * 10 + (text.charAt(i) - '0');
        if (value > Integer.MAX_VALUE) {
          huge = true;
        }
      }
      i++;
    }
    if (i == digitsStart) {
      return NOT_A_NUMBER;
    }
    boolean fractionNonZero = false;
    if (i < end) {
      if (text.charAt(i) != '.') {
        return NOT_A_NUMBER;
      }
      i++;
      int fractionStart = i;
      while (i < end && isDigit(text.charAt(i))) {
        if (text.charAt(i) != '0') {
          fractionNonZero = true;
        }
        i++;
      }
      if (i == fractionStart || i != end) {
        return NOT_A_NUMBER;
      }
    }
    if (fractionNonZero) {
      return NOT_AN_INTEGER;
    }
    if (huge) {
      return OUT_OF_RANGE;
    }
    long score = negative ? -value : value;
    if (score < min || score > max) {
      return OUT_OF_RANGE;
    }
    return (int) score;
  }

  /**
   * Maps a negative code of {@link #parse} to its rejection reason.
   *
   * @param code a negative code
   * @return the reason
   */
  static RejectionReason reason(int code) {
    return switch (code) {
      case BLANK -> RejectionReason.BLANK;
      case NOT_A_NUMBER -> RejectionReason.NOT_A_NUMBER;
      case NOT_AN_INTEGER -> RejectionReason.NOT_AN_INTEGER;
      case OUT_OF_RANGE -> RejectionReason.OUT_OF_RANGE;
      default -> throw new IllegalArgumentException("not a rejection code: " + code);
    };
  }

  static boolean isTrimmed(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static final String[] BLANK_TOKENS = {"N/A", "NA", "#N/A", "NULL", "-"};

  private static boolean isBlankToken(CharSequence text, int start, int end) {
    int length = end - start;
    for (String token : BLANK_TOKENS) {
      if (token.length() == length && regionMatchesIgnoreAsciiCase(text, start, token)) {
        return true;
      }
    }
    return false;
  }

  private static boolean regionMatchesIgnoreAsciiCase(CharSequence text, int start, String token) {
    for (int k = 0; k < token.length(); k++) {
      char c = text.charAt(start + k);
      if (c >= 'a' && c <= 'z') {
        c = (char) (c - 'a' + 'A');
      }
      if (c != token.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
