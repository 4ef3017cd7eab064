package org.recovery.templates;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A letter written in one language. A bilingual letter has two bodies: the customer's language
 * first, then English.
 *
 * @param locale the language the body is written in, and the locale of its money and dates
 * @param title the body's name in its own language ("English version"), shown above every body but
 *     the first
 * @param sections the sections in order; never empty
 */
public record LetterBody(Locale locale, String title, List<LetterSection> sections) {

  /**
   * Validates the body and copies the sections.
   *
   * @param locale the language the body is written in, and the locale of its money and dates
   * @param title the body's name in its own language ("English version"), shown above every body
   *     but the first
   * @param sections the sections in order; never empty
   * @throws IllegalArgumentException if there are no sections
   */
  public LetterBody {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(title, "title");
    sections = List.copyOf(sections);
    if (sections.isEmpty()) {
      throw new IllegalArgumentException("body " + locale.toLanguageTag() + " has no sections");
    }
  }

  /**
   * Returns the text of every heading, paragraph and step, one per line, for checking or indexing.
   *
   * @return the plain text, unwrapped
   */
  public String plainText() {
    StringBuilder out = new StringBuilder(1024);
    for (LetterSection s : sections) {
      s.heading().ifPresent(h -> out.append(h).append('\n'));
      s.paragraphs().forEach(p -> out.append(p).append('\n'));
      s.steps().forEach(p -> out.append(p).append('\n'));
    }
    return out.toString();
  }
}
