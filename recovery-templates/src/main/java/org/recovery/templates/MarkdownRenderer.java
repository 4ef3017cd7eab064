package org.recovery.templates;

import java.util.List;

/**
 * Renders a letter as CommonMark. Characters that could start markup anywhere are backslash-escaped
 * everywhere; characters that only matter at the start of a block (list markers, numbers followed
 * by a dot) are escaped there.
 */
final class MarkdownRenderer {
  private MarkdownRenderer() {}

  static String render(Letter letter) {
    StringBuilder out = new StringBuilder(4096);
    List<LetterBody> bodies = letter.bodies();
    for (int b = 0; b < bodies.size(); b++) {
      LetterBody body = bodies.get(b);
      if (b > 0) {
        out.append("\n---\n\n## ");
        escape(body.title(), out);
        out.append("\n\n");
      }
      boolean first = true;
      for (LetterSection s : body.sections()) {
        if (!first) {
          out.append('\n');
        }
        first = false;
        section(out, s);
      }
    }
    return out.toString();
  }

  private static void section(StringBuilder out, LetterSection s) {
    if (s.heading().isPresent()) {
      out.append("### ");
      escape(s.heading().get(), out);
      out.append("\n\n");
    }
    List<String> paragraphs = s.paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0) {
        out.append(s.kind() == SectionKind.SIGN_OFF ? "\\\n" : "\n\n");
      }
      escape(paragraphs.get(i), out);
    }
    if (!paragraphs.isEmpty()) {
      out.append('\n');
    }
    List<String> steps = s.steps();
    for (int i = 0; i < steps.size(); i++) {
      out.append(i + 1).append(". ");
      escape(steps.get(i), out);
      out.append('\n');
    }
  }

  static void escape(String s, StringBuilder out) {
    int start = out.length();
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '~', '#' ->
            out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    escapeBlockStart(out, start);
  }

  /** Escapes a list marker ("- ", "+ ", "1. ", "1) ") or a thematic break at a block start. */
  private static void escapeBlockStart(StringBuilder out, int start) {
    if (start >= out.length()) {
      return;
    }
    char c = out.charAt(start);
    if (c == '-' || c == '+' || c == '=') {
      out.insert(start, '\\');
      return;
    }
    int i = start;
    while (i < out.length() && Character.isDigit(out.charAt(i))) {
      i++;
    }
    if (i > start && i < out.length() && (out.charAt(i) == '.' || out.charAt(i) == ')')) {
      out.insert(i, '\\');
    }
  }
}
