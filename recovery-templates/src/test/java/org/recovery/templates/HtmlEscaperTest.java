package org.recovery.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Letters escape HTML by the same rule as NPS reports: both modules test against identical copies
 * of {@code html-escaping.tsv}.
 */
class HtmlEscaperTest {
  private static final Pattern UNIT = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

  record Vector(String input, String expected) {}

  static List<Vector> vectors() throws IOException {
    List<Vector> vectors = new ArrayList<>();
    try (InputStream in =
        Objects.requireNonNull(HtmlEscaperTest.class.getResourceAsStream("html-escaping.tsv"))) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t", -1);
        assertThat(columns).as(line).hasSize(2);
        vectors.add(new Vector(unescape(columns[0]), unescape(columns[1])));
      }
    }
    return vectors;
  }

  private static String unescape(String s) {
    Matcher m = UNIT.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, "");
      out.append((char) Integer.parseInt(m.group(1), 16));
    }
    return m.appendTail(out).toString();
  }

  private static String escaped(String s) {
    StringBuilder out = new StringBuilder();
    HtmlEscaper.escape(s, out);
    return out.toString();
  }

  @Test
  void escapesEveryVectorAsTheReportDoes() throws IOException {
    List<Vector> vectors = vectors();
    assertThat(vectors).hasSizeGreaterThan(15);
    for (Vector v : vectors) {
      assertThat(escaped(v.input())).as(v.input()).isEqualTo(v.expected());
      // isClean may be cautious (text beyond the isolates is looked at anyway), never wrong.
      if (!v.input().equals(v.expected())) {
        assertThat(HtmlEscaper.isClean(v.input())).as(v.input()).isFalse();
      }
    }
  }

  @Test
  void textThatNeedsNothingIsClean() {
    assertThat(HtmlEscaper.isClean("Plain words, digits 0-9 and accents: é ñ ü.")).isTrue();
    assertThat(HtmlEscaper.isClean("a\u0085")).isFalse();
    assertThat(HtmlEscaper.isClean("a\u2028")).isFalse();
    assertThat(HtmlEscaper.isClean("a\u007F")).isFalse();
  }

  @Test
  void escapingIsAppendedAfterWhatTheBuilderHolds() {
    StringBuilder out = new StringBuilder("<p>");
    HtmlEscaper.escape("a\u0085<", out);
    assertThat(out).hasToString("<p>a\uFFFD&lt;");
  }

  @Test
  void theLastC1ControlAloneIsReplaced() {
    StringBuilder out = new StringBuilder();
    HtmlEscaper.escape("a\u009Fb", out);

    assertThat(out).hasToString("a\uFFFDb");
    assertThat(HtmlEscaper.isClean("a\u009Fb")).isFalse();
  }
}
