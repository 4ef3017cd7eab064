package org.recovery.templates;

/**
 * Customer- and host-supplied text made safe to place in a sentence: control characters (line
 * breaks, tabs and the like) become spaces, so a value can never start a new line, heading or list
 * item in any rendering. Everything else, including braces, is kept exactly.
 */
final class Plain {
  /** U+2068, opens an isolate whose direction is that of its first strong letter. */
  static final char FIRST_STRONG_ISOLATE = '\u2068';

  /** U+2069, closes an isolate. */
  static final char POP_ISOLATE = '\u2069';

  /** U+0590, the start of the Hebrew block: no character below it is right-to-left. */
  static final char FIRST_BIDI_SENSITIVE = '\u0590';

  /** U+2066, the first of the isolate controls (LRI, RLI, FSI, PDI). */
  private static final char FIRST_ISOLATE_CONTROL = '\u2066';

  private Plain() {}

  static String of(String value) {
    int n = value.length();
    for (int i = 0; i < n; i++) {
      if (Character.isISOControl(value.charAt(i))) {
        return replaceControls(value);
      }
    }
    return value;
  }

  /**
   * Returns {@link #of} the value, between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL
   * ISOLATE when it holds right-to-left letters or bidi controls, so it cannot reorder the sentence
   * around it; HTML renders the pair as {@code <bdi>}. Isolate controls in the value itself are
   * dropped, so the pairs always balance.
   */
  static String isolated(String value) {
    return isolate(of(value));
  }

  /** Like {@link #isolated} for a value already made {@link #of plain}. */
  static String isolate(String plain) {
    // Below U+0590 no character is right-to-left or a bidi control, so most values need one
    // comparison per character.
    for (int i = 0, n = plain.length(); i < n; i++) {
      if (plain.charAt(i) >= FIRST_BIDI_SENSITIVE) {
        return isolateFrom(plain, i);
      }
    }
    return plain;
  }

  private static String isolateFrom(String plain, int start) {
    boolean needed = false;
    boolean hasIsolates = false;
    for (int i = start; i < plain.length(); ) {
      int cp = plain.codePointAt(i);
      byte dir = Character.getDirectionality(cp);
      if (dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
          || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
          || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
          || dir == Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING
          || dir == Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE
          || dir == Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT) {
        needed = true;
      }
      if (cp >= FIRST_ISOLATE_CONTROL && cp <= POP_ISOLATE) {
        needed = true;
        hasIsolates = true;
      }
      i += Character.charCount(cp);
    }
    if (!needed) {
      return plain;
    }
    StringBuilder out = new StringBuilder(plain.length() + 2).append(FIRST_STRONG_ISOLATE);
    if (hasIsolates) {
      plain
          .chars()
          .filter(c -> c < FIRST_ISOLATE_CONTROL || c > POP_ISOLATE)
          .forEach(c -> out.append((char) c));
    } else {
      out.append(plain);
    }
    return out.append(POP_ISOLATE).toString();
  }

  private static String replaceControls(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      out.append(Character.isISOControl(c) ? ' ' : c);
    }
    return out.toString();
  }
}
