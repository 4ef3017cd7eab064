package org.recovery.templates;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One section of a letter, as plain text ready to be rendered: an optional heading, paragraphs and
 * numbered steps. Renderers escape every string; the text here is never escaped. A customer- or
 * host-supplied value holding right-to-left text stands between U+2068 and U+2069 (a bidi isolate),
 * which HTML renders as {@code <bdi>}.
 *
 * @param kind which section this is
 * @param heading the heading, for sections that have one in this tone
 * @param paragraphs the paragraphs, in order; may be empty when there are steps
 * @param steps the numbered steps, in order; may be empty when there are paragraphs
 */
public record LetterSection(
    SectionKind kind, Optional<String> heading, List<String> paragraphs, List<String> steps) {

  /**
   * Validates the section and copies its lists.
   *
   * @param kind which section this is
   * @param heading the heading, for sections that have one in this tone
   * @param paragraphs the paragraphs, in order; may be empty when there are steps
   * @param steps the numbered steps, in order; may be empty when there are paragraphs
   * @throws IllegalArgumentException if the section would be empty or holds a blank string
   */
  public LetterSection {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(heading, "heading");
    paragraphs = TextList.immutable(paragraphs);
    steps = TextList.immutable(steps);
    if (paragraphs.isEmpty() && steps.isEmpty()) {
      throw new IllegalArgumentException(
          "section " + kind + " must have a paragraph or a step but had neither");
    }
    if (heading.isPresent()) {
      requireText(heading.get(), kind, "heading");
    }
    for (String p : paragraphs) {
      requireText(p, kind, "paragraph");
    }
    for (String s : steps) {
      requireText(s, kind, "step");
    }
  }

  private static void requireText(String s, SectionKind kind, String what) {
    if (s.isBlank()) {
      throw new IllegalArgumentException(
          "section " + kind + " must not have a blank " + what + " but had \"" + s + "\"");
    }
  }
}
