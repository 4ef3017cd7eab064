package org.recovery.templates;

/**
 * Escapes text for HTML element content and double-quoted attribute values, and keeps the result
 * well-formed XML: characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE and
 * U+FFFF) become U+FFFD. A single pass without regular expressions, appending unchanged runs in one
 * call.
 */
final class HtmlEscaper {
  private static final String REPLACEMENT = "\uFFFD";

  /**
   * What each ASCII character becomes, or null to keep it. Letters are mostly ASCII, and spaces,
   * digits and punctuation are as common as letters, so one table look-up decides most characters.
   */
  private static final String[] ASCII = new String[0x80];

  static {
    for (char c = 0; c < 0x20; c++) {
      if (c != '\t' && c != '\n' && c != '\r') {
        ASCII[c] = REPLACEMENT;
      }
    }
    ASCII['&'] = "&amp;";
    ASCII['<'] = "&lt;";
    ASCII['>'] = "&gt;";
    ASCII['"'] = "&quot;";
    ASCII['\''] = "&#39;";
  }

  private HtmlEscaper() {}

  static void escape(String s, StringBuilder out) {
    int n = s.length();
    int run = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      String rep;
      if (c < 0x80) {
        rep = ASCII[c];
        if (rep == null) {
          continue;
        }
      } else if (c < 0xd800) {
        continue;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
        continue;
      } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
        rep = REPLACEMENT;
      } else {
        continue;
      }
      out.append(s, run, i).append(rep);
      run = i + 1;
    }
    if (run == 0) {
      out.append(s);
    } else {
      out.append(s, run, n);
    }
  }
}
