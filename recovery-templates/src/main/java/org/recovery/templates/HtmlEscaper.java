package org.recovery.templates;

/**
 * Escapes text for HTML element content and double-quoted attribute values, and keeps the result
 * valid HTML5 and well-formed XML: {@code & < > " '} become references; control characters (C0 but
 * tab, line feed and carriage return, DEL, C1), lone surrogates, U+FFFE and U+FFFF become U+FFFD;
 * the line and paragraph separators U+2028 and U+2029 are written as numeric references so the
 * page's source stays safe to embed where they would end a line. The NPS report's escaper applies
 * the same rule to the same test vectors. The isolate pair {@link Plain#isolate} puts around
 * right-to-left values becomes {@code <bdi>…</bdi>}, always balanced within one call. No regular
 * expressions: a scan finds the first character to change, most strings have none and are copied
 * whole, and from there one pass appends unchanged runs in one call each.
 */
final class HtmlEscaper {
  private static final String REPLACEMENT = "\uFFFD";
  private static final char DELETE = '\u007F';
  private static final char LAST_C1 = '\u009F';
  private static final char LINE_SEPARATOR = '\u2028';
  private static final char PARAGRAPH_SEPARATOR = '\u2029';

  /**
   * What each character up to {@code '>'} becomes, or null to keep it. ASCII letters are above this
   * range and below DEL, so they cost two comparisons, and spaces, digits and punctuation one table
   * look-up.
   */
  private static final String[] LOW = new String['>' + 1];

  static {
    for (char c = 0; c < 0x20; c++) {
      if (c != '\t' && c != '\n' && c != '\r') {
        LOW[c] = REPLACEMENT;
      }
    }
    LOW['&'] = "&amp;";
    LOW['<'] = "&lt;";
    LOW['>'] = "&gt;";
    LOW['"'] = "&quot;";
    LOW['\''] = "&#39;";
  }

  private HtmlEscaper() {}

  static void escape(String s, StringBuilder out) {
    // Most strings need nothing: one small scanning loop, then a single copy. The scan appends
    // nothing, so its compiled code stays small enough to be inlined into every renderer, however
    // the compiler met it first.
    int first = firstToEscape(s);
    if (first < 0) {
      out.append(s);
    } else {
      escapeFrom(s, 0, first, out);
    }
  }

  /**
   * Tells whether a string stands in HTML as it is: {@link #escape} would copy it unchanged.
   *
   * @param s the string
   * @return true if no character of it needs escaping
   */
  static boolean isClean(String s) {
    return firstToEscape(s) < 0;
  }

  /** Returns the index of the first character that does not stand as it is, or -1. */
  private static int firstToEscape(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c > '>' ? c >= DELETE && needsLook(c) : LOW[c] != null) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Tells whether a character from DEL up may change: DEL and C1 controls, the two separators, and
   * from the first isolate up (isolates, surrogates, U+FFFE, U+FFFF; other characters there are
   * looked at and kept).
   */
  private static boolean needsLook(char c) {
    return c <= LAST_C1
        || (c >= LINE_SEPARATOR && (c <= PARAGRAPH_SEPARATOR || c >= Plain.FIRST_STRONG_ISOLATE));
  }

  /**
   * Escapes {@code s} from index {@code from}, the characters from {@code run} up to it being
   * already known to stand as they are.
   */
  private static void escapeFrom(String s, int run, int from, StringBuilder out) {
    int n = s.length();
    int isolates = 0;
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      String rep;
      if (c > '>') {
        if (c < DELETE || (c > LAST_C1 && c < LINE_SEPARATOR)) {
          continue;
        } else if (c <= LAST_C1) {
          rep = REPLACEMENT;
        } else if (c == LINE_SEPARATOR) {
          rep = "&#x2028;";
        } else if (c == PARAGRAPH_SEPARATOR) {
          rep = "&#x2029;";
        } else if (c < Plain.FIRST_STRONG_ISOLATE || (c > Plain.POP_ISOLATE && c < 0xd800)) {
          continue;
        } else if (c == Plain.FIRST_STRONG_ISOLATE) {
          rep = "<bdi>";
          isolates++;
        } else if (c == Plain.POP_ISOLATE) {
          rep = isolates > 0 ? "</bdi>" : "";
          isolates = Math.max(0, isolates - 1);
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
      } else {
        rep = LOW[c];
        if (rep == null) {
          continue;
        }
      }
      out.append(s, run, i).append(rep);
      run = i + 1;
    }
    out.append(s, run, n);
    for (; isolates > 0; isolates--) {
      out.append("</bdi>");
    }
  }
}
