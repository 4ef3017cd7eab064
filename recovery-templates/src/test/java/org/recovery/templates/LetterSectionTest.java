package org.recovery.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A section a host builds by hand holds text in every heading, paragraph and step. */
class LetterSectionTest {

  @Test
  void aBlankHeadingIsRejectedNamingTheSection() {
    assertThatThrownBy(
            () ->
                new LetterSection(
                    SectionKind.SOLUTION, Optional.of("  "), List.of(), List.of("Refunded.")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("section SOLUTION must not have a blank heading but had \"  \"");
  }

  @Test
  void aBlankParagraphIsRejectedNamingTheSection() {
    assertThatThrownBy(
            () ->
                new LetterSection(
                    SectionKind.APOLOGY, Optional.empty(), List.of("Sorry.", "\t"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("section APOLOGY must not have a blank paragraph but had \"\t\"");
  }

  @Test
  void aBlankStepIsRejectedNamingTheSection() {
    assertThatThrownBy(
            () ->
                new LetterSection(
                    SectionKind.SOLUTION, Optional.of("What we do"), List.of(), List.of("")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("section SOLUTION must not have a blank step but had \"\"");
  }

  @Test
  void aSectionWithTextEverywhereIsKept() {
    LetterSection s =
        new LetterSection(
            SectionKind.SOLUTION, Optional.of("What we do"), List.of("Intro."), List.of("Refund."));

    assertThat(s.heading()).contains("What we do");
    assertThat(s.paragraphs()).containsExactly("Intro.");
    assertThat(s.steps()).containsExactly("Refund.");
  }
}
