package org.recovery.templates;

import java.util.Objects;

/**
 * One phrase in a draft that breaks the ownership rules, with where it is and what to write
 * instead.
 *
 * @param category what is wrong with it
 * @param rule the id of the pattern that matched, e.g. {@code blame.should-have}
 * @param start the offset of the first character, in UTF-16 units from the start of the draft
 * @param end the offset just after the last character
 * @param line the line it starts on, from 1
 * @param column the column it starts at, from 1, counted in code points
 * @param text the matched text
 * @param suggestion a rewrite in the draft's language
 */
public record Finding(
    FindingCategory category,
    String rule,
    int start,
    int end,
    int line,
    int column,
    String text,
    String suggestion) {

  /**
   * Validates the finding.
   *
   * @param category what is wrong with it
   * @param rule the id of the pattern that matched, e.g. {@code blame.should-have}
   * @param start the offset of the first character, in UTF-16 units from the start of the draft
   * @param end the offset just after the last character
   * @param line the line it starts on, from 1
   * @param column the column it starts at, from 1, counted in code points
   * @param text the matched text
   * @param suggestion a rewrite in the draft's language
   * @throws IllegalArgumentException if the span is empty or negative, or the position below 1
   */
  public Finding {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(suggestion, "suggestion");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "span must satisfy 0 <= start < end but was " + start + ".." + end);
    }
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "line and column must be >= 1 but were " + line + ":" + column);
    }
  }

  /**
   * Returns the finding as one line, {@code line:column CATEGORY "text" -> suggestion}, for a
   * command line or a log of drafts (never of customers' letters).
   *
   * @return the line
   */
  @Override
  public String toString() {
    return line + ":" + column + " " + category + " \"" + text + "\" -> " + suggestion;
  }
}
