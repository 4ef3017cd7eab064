package org.recovery.templates;

import java.util.List;
import java.util.Set;

/** Renders a letter as an HTML fragment that is also well-formed XHTML. */
final class HtmlRenderer {
  private static final Set<String> RIGHT_TO_LEFT =
      Set.of("ar", "he", "iw", "fa", "ur", "yi", "ji", "ps", "dv", "ckb", "sd", "ug");

  private HtmlRenderer() {}

  static String render(Letter letter) {
    StringBuilder out = new StringBuilder(4096);
    out.append("<div class=\"recovery-letter\">\n");
    List<LetterBody> bodies = letter.bodies();
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
        element(out, "h2", "language", body.title());
      }
      for (LetterSection s : body.sections()) {
        section(out, s);
      }
      out.append("</section>\n");
    }
    out.append("</div>\n");
    return out.toString();
  }

  private static void section(StringBuilder out, LetterSection s) {
    String cls = Names.of(s.kind());
    if (s.heading().isPresent()) {
      element(out, "h3", cls, s.heading().get());
    }
    List<String> paragraphs = s.paragraphs();
    if (s.kind() == SectionKind.SIGN_OFF) {
      out.append("<p class=\"").append(cls).append("\">");
      for (int i = 0; i < paragraphs.size(); i++) {
        if (i > 0) {
          out.append("<br/>");
        }
        HtmlEscaper.escape(paragraphs.get(i), out);
      }
      out.append("</p>\n");
    } else {
      for (String p : paragraphs) {
        element(out, "p", cls, p);
      }
    }
    if (!s.steps().isEmpty()) {
      out.append("<ol class=\"").append(cls).append("\">\n");
      for (String step : s.steps()) {
        out.append("<li>");
        HtmlEscaper.escape(step, out);
        out.append("</li>\n");
      }
      out.append("</ol>\n");
    }
  }

  private static void element(StringBuilder out, String tag, String cls, String text) {
    out.append('<').append(tag).append(" class=\"").append(cls).append("\">");
    HtmlEscaper.escape(text, out);
    out.append("</").append(tag).append(">\n");
  }
}
