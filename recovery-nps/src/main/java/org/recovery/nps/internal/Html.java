package org.recovery.nps.internal;

import org.jspecify.annotations.Nullable;

/**
 * Escapes text for HTML element content and quoted attribute values, keeping the page valid HTML5
 * and well-formed XML whatever an export holds: {@code & < > " '} become references; control
 * characters (C0 but tab, line feed and carriage return, DEL, C1), lone surrogates, U+FFFE and
 * U+FFFF become U+FFFD; the line and paragraph separators U+2028 and U+2029 are written as numeric
 * references so the page's source stays safe to embed where they would end a line. Letters are
 * escaped by the same rule, tested with the same vectors; this module does not depend on the letter
 * module, so the rule is written here too.
 */
public final class Html {
  private static final String REPLACEMENT = "\uFFFD";

  private Html() {}

  /**
   * Escapes text by the rule above.
   *
   * @param text any text
   * @return the escaped text; the same string when nothing needs escaping
   */
  public static String escape(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && replacement(text, i) == null) {
      i += Character.isSurrogate(text.charAt(i)) ? 2 : 1;
    }
    if (i >= n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n + 16).append(text, 0, i);
    while (i < n) {
      String rep = replacement(text, i);
      char c = text.charAt(i);
      if (rep != null) {
        out.append(rep);
        i++;
      } else if (Character.isHighSurrogate(c)) {
        out.append(c).append(text.charAt(i + 1));
        i += 2;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * Returns what the character at {@code i} becomes, or null to keep it; a surrogate is kept only
   * as the first half of a valid pair, whose second half the caller then skips.
   */
  private static @Nullable String replacement(String text, int i) {
    char c = text.charAt(i);
    switch (c) {
      case '&':
        return "&amp;";
      case '<':
        return "&lt;";
      case '>':
        return "&gt;";
      case '"':
        return "&quot;";
      case '\'':
        return "&#39;";
      case '\t', '\n', '\r':
        return null;
      case '\u2028':
        return "&#x2028;";
      case '\u2029':
        return "&#x2029;";
      case '\uFFFE', '\uFFFF':
        return REPLACEMENT;
      default:
        break;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return REPLACEMENT;
    }
    if (Character.isHighSurrogate(c)
        && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1))) {
      return null;
    }
    return Character.isSurrogate(c) ? REPLACEMENT : null;
  }
}
