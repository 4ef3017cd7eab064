package org.recovery.templates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Plain-text wrapping and Markdown escaping of the odd strings a host may hand in. */
class TextWrapTest {

  private static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    TextRenderer.wrap(text, width, "1. ", "   ", out);
    return out.toString();
  }

  @Test
  void runsOfSpacesCollapseAndTrailingSpacesVanish() {
    assertThat(wrap("  We  are   sorry.  ", 40)).isEqualTo("1. We are sorry.");
    assertThat(wrap("   ", 40)).isEqualTo("1. ");
  }

  @Test
  void wrappedLinesCarryTheContinuationPrefixAndNoTrailingSpace() {
    assertThat(wrap("We are sending you a replacement today. ", 24))
        .isEqualTo("1. We are sending you a\n   replacement today.");
  }

  @Test
  void markdownEscapingOfNothingWritesNothing() {
    StringBuilder out = new StringBuilder("x");
    MarkdownRenderer.escape("", out);

    assertThat(out).hasToString("x");
  }

  @Test
  void markdownEscapesAListMarkerOnlyWhereItStartsTheBlock() {
    StringBuilder out = new StringBuilder();
    MarkdownRenderer.escape("12", out);
    out.append('|');
    MarkdownRenderer.escape("3) done", out);

    assertThat(out).hasToString("12|3\\) done");
  }
}
