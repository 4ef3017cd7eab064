package org.recovery.templates;

import java.util.List;
import java.util.Set;

/** Renders a letter as an HTML fragment that is also well-formed XHTML. */
final class HtmlRenderer {
  private static final Set<String> RIGHT_TO_LEFT =
      Set.of("ar", "he", "iw", "fa", "ur", "yi", "ji", "ps", "dv", "ckb", "sd", "ug");

  private HtmlRenderer() {}

  static String render(Letter letter) {
    List<LetterBody> bodies = letter.bodies();
    StringBuilder out = new StringBuilder(capacity(bodies));
    out.append("<div class=\"recovery-letter\">\n");
    for (int b = 0; b < bodies.size(); b++) {
      LetterBody body = bodies.get(b);
      if (b > 0) {
        out.append("<hr/>\n");
      }
      String lang = body.locale().toLanguageTag();
      out.append("<section lang=\"");
      HtmlEscaper.escape(lang, out);
      out.append("\" dir=\"")
          .append(RIGHT_TO_LEFT.contains(body.locale().getLanguage()) ? "rtl" : "ltr")
          .append("\">\n");
      if (b > 0) {
        element(out, "h2", "language", body.title(), false);
      }
      List<LetterSection> sections = body.sections();
      for (int i = 0; i < sections.size(); i++) {
        section(out, sections.get(i));
      }
      out.append("</section>\n");
    }
    out.append("</div>\n");
    return out.toString();
  }

  /**
   * Sizes the output once: the text plus room for the markup and a little escaping. Loops by index
   * here and below: the lists are small and rendering is hot, so no iterator is made.
   */
  private static int capacity(List<LetterBody> bodies) {
    int chars = 64;
    for (int b = 0; b < bodies.size(); b++) {
      LetterBody body = bodies.get(b);
      chars += 96 + body.title().length();
      List<LetterSection> sections = body.sections();
      for (int i = 0; i < sections.size(); i++) {
        LetterSection s = sections.get(i);
        chars += 48;
        if (s.heading().isPresent()) {
          chars += 48 + s.heading().get().length();
        }
        chars += length(s.paragraphs(), 32) + length(s.steps(), 16);
      }
    }
    return chars + (chars >> 4);
  }

  private static int length(List<String> texts, int markup) {
    int chars = 0;
    for (int i = 0; i < texts.size(); i++) {
      chars += markup + texts.get(i).length();
    }
    return chars;
  }

  private static void section(StringBuilder out, LetterSection s) {
    String cls = Names.of(s.kind());
    if (s.heading().isPresent()) {
      element(out, "h3", cls, s.heading().get(), false);
    }
    List<String> paragraphs = s.paragraphs();
    if (s.kind() == SectionKind.SIGN_OFF) {
      out.append("<p class=\"").append(cls).append("\">");
      for (int i = 0; i < paragraphs.size(); i++) {
        if (i > 0) {
          out.append("<br/>");
        }
        text(out, paragraphs.get(i), TextList.isClean(paragraphs, i));
      }
      out.append("</p>\n");
    } else {
      for (int i = 0; i < paragraphs.size(); i++) {
        element(out, "p", cls, paragraphs.get(i), TextList.isClean(paragraphs, i));
      }
    }
    List<String> steps = s.steps();
    if (!steps.isEmpty()) {
      out.append("<ol class=\"").append(cls).append("\">\n");
      for (int i = 0; i < steps.size(); i++) {
        out.append("<li>");
        text(out, steps.get(i), TextList.isClean(steps, i));
        out.append("</li>\n");
      }
      out.append("</ol>\n");
    }
  }

  private static void element(
      StringBuilder out, String tag, String cls, String text, boolean knownClean) {
    out.append('<').append(tag).append(" class=\"").append(cls).append("\">");
    text(out, text, knownClean);
    out.append("</").append(tag).append(">\n");
  }

  /** Writes a string as it is when the composer knows it clean, else escaped. */
  private static void text(StringBuilder out, String text, boolean knownClean) {
    if (knownClean) {
      out.append(text);
    } else {
      HtmlEscaper.escape(text, out);
    }
  }
}
