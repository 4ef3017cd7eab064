package org.recovery.templates;

/**
 * Escapes text for HTML element content and double-quoted attribute values, and keeps the result
 * well-formed XML: characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE and
 * U+FFFF) become U+FFFD. The isolate pair {@link Plain#isolate} puts around right-to-left values
 * becomes {@code <bdi>…</bdi>}, always balanced within one call. A single pass without regular
 * expressions, appending unchanged runs in one call.
 */
final class HtmlEscaper {
  private HtmlEscaper() {}

  static void escape(String s, StringBuilder out) {
    int n = s.length();
    int run = 0;
    int isolates = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      String rep;
      if (c >= 0x3f && c < 0xd800 && (c < Plain.FIRST_STRONG_ISOLATE || c > Plain.POP_ISOLATE)) {
        continue;
      }
      switch (c) {
        case Plain.FIRST_STRONG_ISOLATE -> {
          rep = "<bdi>";
          isolates++;
        }
        case Plain.POP_ISOLATE -> {
          rep = isolates > 0 ? "</bdi>" : "";
          isolates = Math.max(0, isolates - 1);
        }
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
    if (run == 0) {
      out.append(s);
    } else {
      out.append(s, run, n);
    }
    for (; isolates > 0; isolates--) {
      out.append("</bdi>");
    }
  }
}
