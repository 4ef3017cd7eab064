package org.recovery.nps.internal;

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
 * Reports escape HTML by the same rule as letters: both modules test against identical copies of
 * {@code html-escaping.tsv}.
 */
class HtmlTest {
  private static final Pattern UNIT = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

  record Vector(String input, String expected) {}

  static List<Vector> vectors() throws IOException {
    List<Vector> vectors = new ArrayList<>();
    try (InputStream in =
        Objects.requireNonNull(HtmlTest.class.getResourceAsStream("html-escaping.tsv"))) {
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

  @Test
  void escapesEveryVectorAsLettersDo() throws IOException {
    List<Vector> vectors = vectors();
    assertThat(vectors).hasSizeGreaterThan(15);
    for (Vector v : vectors) {
      assertThat(Html.escape(v.input())).as(v.input()).isEqualTo(v.expected());
    }
  }

  @Test
  void keepsTextThatNeedsNoEscapingAsTheSameStringAndPairsAfterAReference() {
    String plain = "Plain text, tabs\tand a pair \uD83D\uDE00";
    assertThat(Html.escape(plain)).isSameAs(plain);
    assertThat(Html.escape("")).isEmpty();
    assertThat(Html.escape("&\uD83D\uDE00<")).isEqualTo("&amp;\uD83D\uDE00&lt;");
    assertThat(Html.escape("\uD83D\uDE00&\uD83D\uDE00")).isEqualTo("\uD83D\uDE00&amp;\uD83D\uDE00");
  }
}
