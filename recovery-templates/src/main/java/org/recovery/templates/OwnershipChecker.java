package org.recovery.templates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds language that breaks ownership in a draft reply: blame, excuses, stock and conditional
 * apologies, condescension. Each {@link Finding} has its span, line and column, its category and a
 * suggested rewrite.
 *
 * <p>Patterns are data: one JSON file per language, an array of objects with {@code id}, {@code
 * category} (a {@link FindingCategory} name), {@code regex} (a Java regular expression, matched
 * case-insensitively with Unicode word boundaries) and {@code suggestion}. The shipped files cover
 * English fully and Spanish, French, German and Portuguese with their common equivalents. A host
 * adds patterns or replaces one (same id) with {@link #builder()}; a pack for a region ({@code
 * pt-BR}) adds to its language's patterns. A draft in a language without patterns is checked
 * against English.
 *
 * <pre>{@code
 * for (Finding f : OwnershipChecker.defaults().check(draft, Locale.ENGLISH)) {
 *   System.out.println(f.line() + ":" + f.column() + " " + f.category() + " " + f.suggestion());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class OwnershipChecker {
  private static final Comparator<Finding> BY_POSITION =
      Comparator.comparingInt(Finding::start)
          .thenComparingInt(Finding::end)
          .thenComparing(Finding::rule);

  private final Map<String, List<Rule>> rules;

  OwnershipChecker(Map<String, List<Rule>> rules) {
    this.rules = rules;
  }

  /**
   * Returns the checker with the shipped patterns for English, Spanish, French, German and
   * Portuguese.
   *
   * @return the shared default checker
   */
  public static OwnershipChecker defaults() {
    return Shipped.CHECKER;
  }

  /**
   * Starts a builder holding the shipped patterns, to add or replace patterns.
   *
   * @return a new builder
   */
  public static OwnershipCheckerBuilder builder() {
    return OwnershipCheckerBuilder.shipped();
  }

  /**
   * Checks a draft.
   *
   * @param draft the text of the reply, any length; line breaks may be LF, CRLF or CR
   * @param locale the draft's language; one without patterns is checked against English
   * @return the findings in order of position; empty when the draft is clean
   */
  public List<Finding> check(String draft, Locale locale) {
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(locale, "locale");
    List<Rule> ruleset = rulesFor(locale);
    List<Finding> findings = new ArrayList<>();
    int[] lineStarts = null;
    for (Rule rule : ruleset) {
      Matcher m = rule.pattern.matcher(draft);
      while (m.find()) {
        if (m.end() == m.start()) {
          continue;
        }
        if (lineStarts == null) {
          lineStarts = lineStarts(draft);
        }
        int line = lineOf(lineStarts, m.start());
        int column = draft.codePointCount(lineStarts[line], m.start()) + 1;
        findings.add(
            new Finding(
                rule.category,
                rule.id,
                m.start(),
                m.end(),
                line + 1,
                column,
                m.group(),
                rule.suggestion));
      }
    }
    List<Finding> kept = longestOfOverlaps(findings);
    kept.sort(BY_POSITION);
    return Collections.unmodifiableList(kept);
  }

  /**
   * Keeps one finding per overlapping region, so the same words are never reported twice ("As
   * clearly stated" and "clearly stated"): the longest wins, and of equally long ones the earlier
   * pattern, since findings arrive in pattern order and the sort is stable.
   */
  private static List<Finding> longestOfOverlaps(List<Finding> findings) {
    if (findings.size() < 2) {
      return findings;
    }
    List<Finding> byLength = new ArrayList<>(findings);
    byLength.sort(Comparator.comparingInt((Finding f) -> f.end() - f.start()).reversed());
    List<Finding> kept = new ArrayList<>(findings.size());
    for (Finding candidate : byLength) {
      boolean free = true;
      for (Finding k : kept) {
        if (k.start() < candidate.end() && candidate.start() < k.end()) {
          free = false;
          break;
        }
      }
      if (free) {
        kept.add(candidate);
      }
    }
    return kept;
  }

  /**
   * Returns the language tags this checker has patterns for.
   *
   * @return the tags, sorted
   */
  public Set<String> languageTags() {
    return Collections.unmodifiableSet(new TreeSet<>(rules.keySet()));
  }

  private List<Rule> rulesFor(Locale locale) {
    List<Rule> r = rules.get(locale.toLanguageTag());
    if (r == null) {
      r = rules.get(locale.getLanguage());
    }
    if (r == null) {
      r = rules.getOrDefault("en", List.of());
    }
    return r;
  }

  private static int[] lineStarts(String s) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  private static int lineOf(int[] starts, int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 2;
  }

  /** A compiled pattern. */
  record Rule(String id, FindingCategory category, Pattern pattern, String suggestion) {}

  /** Holds the shipped checker, built on first use. */
  private static final class Shipped {
    static final OwnershipChecker CHECKER = builder().build();
  }
}
