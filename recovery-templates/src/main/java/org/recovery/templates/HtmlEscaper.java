package org.recovery.templates;

/**
 * Escapes text for HTML element content and double-quoted attribute values, and keeps the result
 * well-formed XML: characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE and
 * U+FFFF) become U+FFFD. A single pass without regular expressions, appending unchanged runs in one
 * call.
 */
final class HtmlEscaper {
  private HtmlEscaper() {}

  static void escape(CharSequence s, StringBuilder out) {
    int n = s.length();
    int run = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      String rep;
      if (c >= 0x3f && c < 0xd800) {
        continue;
      }
      switch (c) {
        case '&' -> rep = "&amp;";
        case '<' -> rep = "&lt;";
        case '>' -> rep = "&gt;";
        case '"' -> rep = "&quot;";
        case '\'' -> rep = "&#39;";
        default -> {
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            rep = "\uFFFD";
          } else if (Character.isHighSurrogate(c)
              && i + 1 < n
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            i++;
            continue;
          } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            rep = "\uFFFD";
          } else {
            continue;
          }
        }
      }
      out.append(s, run, i).append(rep);
      run = i + 1;
    }
    out.append(s, run, n);
  }
}
