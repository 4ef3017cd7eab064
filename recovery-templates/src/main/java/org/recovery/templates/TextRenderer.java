package org.recovery.templates;

import java.util.List;

/** Renders a letter as plain text wrapped at a width, breaking only at ordinary spaces. */
final class TextRenderer {
  private TextRenderer() {}

  static String render(Letter letter, int width) {
    StringBuilder out = new StringBuilder(4096);
    List<LetterBody> bodies = letter.bodies();
    for (int b = 0; b < bodies.size(); b++) {
      LetterBody body = bodies.get(b);
      if (b > 0) {
        out.append('\n').append("-".repeat(Math.min(width, 40))).append('\n');
        wrap(body.title(), width, "", "", out);
        out.append("\n\n");
      }
      boolean first = true;
      for (LetterSection s : body.sections()) {
        if (!first) {
          out.append('\n');
        }
        first = false;
        section(out, s, width);
      }
    }
    return out.toString();
  }

  private static void section(StringBuilder out, LetterSection s, int width) {
    if (s.heading().isPresent()) {
      wrap(s.heading().get(), width, "", "", out);
      out.append('\n');
    }
    List<String> paragraphs = s.paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0 && s.kind() != SectionKind.SIGN_OFF) {
        out.append('\n');
      }
      wrap(paragraphs.get(i), width, "", "", out);
      out.append('\n');
    }
    List<String> steps = s.steps();
    for (int i = 0; i < steps.size(); i++) {
      String number = (i + 1) + ". ";
      wrap(steps.get(i), width, number, " ".repeat(number.length()), out);
      out.append('\n');
    }
  }

  /** Appends text wrapped at a width; the first line starts with one prefix, the rest another. */
  static void wrap(
      String text, int width, String firstPrefix, String restPrefix, StringBuilder out) {
    out.append(firstPrefix);
    int column = firstPrefix.length();
    boolean lineEmpty = true;
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      if (i >= n) {
        break;
      }
      int end = text.indexOf(' ', i);
      if (end < 0) {
        end = n;
      }
      int length = text.codePointCount(i, end);
      if (!lineEmpty && column + 1 + length > width) {
        out.append('\n').append(restPrefix);
        column = restPrefix.length();
        lineEmpty = true;
      }
      if (!lineEmpty) {
        out.append(' ');
        column++;
      }
      out.append(text, i, end);
      column += length;
      lineEmpty = false;
      i = end;
    }
  }
}
