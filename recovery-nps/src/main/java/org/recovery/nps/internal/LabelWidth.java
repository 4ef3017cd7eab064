package org.recovery.nps.internal;

/**
 * Estimates how wide a text is drawn, generously, so that SVG labels can be shortened to fit: SVG
 * text does not wrap, and a chart has no script to measure it. The widths follow DejaVu Sans, one
 * of the widest common sans-serif fonts, rounded up.
 */
final class LabelWidth {
  private static final String ELLIPSIS = "…";

  private LabelWidth() {}

  /** Returns the estimated width of a text at a font size, in the font size's units. */
  static double of(String text, double fontSize) {
    double em = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      em += em(c);
      i += Character.charCount(c);
    }
    return em * fontSize;
  }

  /** Shortens a text with an ellipsis until its estimated width is at most {@code max}. */
  static String fit(String text, double fontSize, double max) {
    if (of(text, fontSize) <= max) {
      return text;
    }
    double room = max - of(ELLIPSIS, fontSize);
    double used = 0;
    int end = 0;
    while (end < text.length()) {
      int c = text.codePointAt(end);
      double w = em(c) * fontSize;
      if (used + w > room) {
        break;
      }
      used += w;
      end += Character.charCount(c);
    }
    return text.substring(0, end) + ELLIPSIS;
  }

  private static double em(int c) {
    if (c < 0x80) {
      return ascii((char) c);
    }
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT) {
      return 0;
    }
    return wide(c) ? 1.1 : 0.85;
  }

  private static double ascii(char c) {
    if (c == ' ') {
      return 0.34;
    }
    if ("ijl.,:;'|!()[]{}ftr`-".indexOf(c) >= 0) {
      return 0.44;
    }
    if ("mwMW@%&#".indexOf(c) >= 0) {
      return 1.02;
    }
    if (Character.isUpperCase(c)) {
      return 0.8;
    }
    if (Character.isDigit(c) || Character.isLowerCase(c)) {
      return 0.66;
    }
    return 0.86;
  }

  /** East Asian wide and full-width characters and pictographs take a whole em or more. */
  private static boolean wide(int c) {
    return (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x2E80 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6)
        || c >= 0x1F000;
  }
}
