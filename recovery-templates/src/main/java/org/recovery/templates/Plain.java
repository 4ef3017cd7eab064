package org.recovery.templates;

/**
 * Customer- and host-supplied text made safe to place in a sentence: control characters (line
 * breaks, tabs and the like) become spaces, so a value can never start a new line, heading or list
 * item in any rendering. Everything else, including braces, is kept exactly.
 */
final class Plain {
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

  private static String replaceControls(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      out.append(Character.isISOControl(c) ? ' ' : c);
    }
    return out.toString();
  }
}
