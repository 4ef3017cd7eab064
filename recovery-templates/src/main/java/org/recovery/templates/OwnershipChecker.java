package org.recovery.templates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

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
  private static final String SHIPPED_DIR = "org/recovery/templates/checker/";
  private static final List<String> SHIPPED = List.of("en", "es", "fr", "de", "pt");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int FLAGS =
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
  private static final Comparator<Finding> BY_POSITION =
      Comparator.comparingInt(Finding::start)
          .thenComparingInt(Finding::end)
          .thenComparing(Finding::rule);

  private final Map<String, List<Rule>> rules;

  private OwnershipChecker(Map<String, List<Rule>> rules) {
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
  public static Builder builder() {
    Builder b = new Builder();
    for (String tag : SHIPPED) {
      b.resource(
          Locale.forLanguageTag(tag),
          OwnershipChecker.class.getClassLoader(),
          SHIPPED_DIR + "patterns_" + tag + ".json");
    }
    return b;
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
  private record Rule(String id, FindingCategory category, Pattern pattern, String suggestion) {}

  /** A pattern as loaded, with where it came from. */
  private record Entry(
      String id, String category, String regex, String suggestion, String source) {}

  /** Holds the shipped checker, built on first use. */
  private static final class Shipped {
    static final OwnershipChecker CHECKER = builder().build();
  }

  /**
   * Collects pattern files; a pattern with the id of an earlier one replaces it. {@link #build()}
   * checks and compiles them. Not thread-safe.
   */
  public static final class Builder {
    private final Map<String, Map<String, Entry>> entries = new TreeMap<>();

    private Builder() {}

    /**
     * Adds one pattern.
     *
     * @param locale the language it applies to
     * @param id a stable id; an existing pattern with this id is replaced
     * @param category what the pattern finds
     * @param regex a Java regular expression, matched case-insensitively
     * @param suggestion the rewrite to suggest
     * @return this builder
     */
    public Builder pattern(
        Locale locale, String id, FindingCategory category, String regex, String suggestion) {
      Objects.requireNonNull(category, "category");
      put(
          locale,
          new Entry(
              Objects.requireNonNull(id, "id"),
              category.name(),
              Objects.requireNonNull(regex, "regex"),
              Objects.requireNonNull(suggestion, "suggestion"),
              "pattern(" + tag(locale) + ", " + id + ")"));
      return this;
    }

    /**
     * Loads a JSON pattern file.
     *
     * @param locale the language it applies to
     * @param file the file
     * @return this builder
     * @throws CheckerPatternException if the file cannot be read or is malformed, naming it
     */
    public Builder file(Locale locale, Path file) {
      Objects.requireNonNull(file, "file");
      try (InputStream in = Files.newInputStream(file)) {
        return load(locale, in, file.toString());
      } catch (IOException e) {
        throw new CheckerPatternException("cannot read pattern file " + file + ": " + e, e);
      }
    }

    /**
     * Loads every file named {@code patterns_<tag>.json} in a directory, such as {@code
     * patterns_it.json}.
     *
     * @param directory the directory
     * @return this builder
     * @throws CheckerPatternException if the directory or a file cannot be read
     */
    public Builder directory(Path directory) {
      Objects.requireNonNull(directory, "directory");
      List<Path> files = new ArrayList<>();
      try (Stream<Path> list = Files.list(directory)) {
        list.filter(p -> p.getFileName().toString().matches("patterns_.+\\.json"))
            .sorted()
            .forEach(files::add);
      } catch (IOException e) {
        throw new CheckerPatternException(
            "cannot list pattern files in " + directory + ": " + e, e);
      }
      for (Path f : files) {
        String name = f.getFileName().toString();
        String tag = name.substring("patterns_".length(), name.length() - ".json".length());
        file(Locale.forLanguageTag(tag.replace('_', '-')), f);
      }
      return this;
    }

    /**
     * Loads a JSON pattern file from the classpath of a class loader.
     *
     * @param locale the language it applies to
     * @param loader the class loader to look in
     * @param resource the resource name, e.g. {@code com/acme/patterns_en.json}
     * @return this builder
     * @throws CheckerPatternException if the resource is missing or malformed
     */
    public Builder resource(Locale locale, ClassLoader loader, String resource) {
      Objects.requireNonNull(resource, "resource");
      String source = "classpath:" + resource;
      InputStream in = loader.getResourceAsStream(resource);
      if (in == null) {
        throw new CheckerPatternException(
            "pattern file " + source + " was not found on the classpath");
      }
      try (in) {
        return load(locale, in, source);
      } catch (IOException e) {
        throw new CheckerPatternException("cannot read pattern file " + source + ": " + e, e);
      }
    }

    /**
     * Checks and compiles every pattern.
     *
     * @return the checker
     * @throws CheckerPatternException naming the pattern, language and file if a category is
     *     unknown or a regular expression invalid or able to match empty text
     */
    public OwnershipChecker build() {
      Map<String, List<Rule>> compiled = new TreeMap<>();
      for (String tag : entries.keySet()) {
        Map<String, Entry> merged = new LinkedHashMap<>();
        String language = Locale.forLanguageTag(tag).getLanguage();
        if (!language.equals(tag) && entries.containsKey(language)) {
          merged.putAll(entries.get(language));
        }
        merged.putAll(entries.get(tag));
        List<Rule> rules = new ArrayList<>(merged.size());
        for (Entry e : merged.values()) {
          rules.add(compile(tag, e));
        }
        compiled.put(tag, List.copyOf(rules));
      }
      return new OwnershipChecker(Collections.unmodifiableMap(compiled));
    }

    private static Rule compile(String tag, Entry e) {
      String where = "pattern '" + e.id() + "' (" + tag + ", from " + e.source() + ")";
      FindingCategory category;
      try {
        category = FindingCategory.valueOf(e.category());
      } catch (IllegalArgumentException ex) {
        throw new CheckerPatternException(
            where
                + " has category '"
                + e.category()
                + "' but must have one of "
                + Arrays.toString(FindingCategory.values()),
            ex);
      }
      Pattern pattern;
      try {
        pattern = Pattern.compile(e.regex(), FLAGS);
      } catch (PatternSyntaxException ex) {
        throw new CheckerPatternException(
            where
                + " is not a valid regular expression: "
                + ex.getDescription()
                + " near index "
                + ex.getIndex()
                + " of \""
                + e.regex()
                + "\"",
            ex);
      }
      if (pattern.matcher("").find()) {
        throw new CheckerPatternException(
            where + " matches empty text, so it would flag every draft: \"" + e.regex() + "\"");
      }
      if (e.suggestion().isBlank()) {
        throw new CheckerPatternException(where + " must have a suggestion but it is blank");
      }
      return new Rule(e.id(), category, pattern, e.suggestion());
    }

    private Builder load(Locale locale, InputStream in, String source) throws IOException {
      JsonNode root;
      try {
        root = JSON.readTree(in);
      } catch (JsonProcessingException e) {
        throw new CheckerPatternException(
            "pattern file " + source + " is not valid JSON: " + e.getOriginalMessage(), e);
      }
      if (root == null || !root.isArray()) {
        throw new CheckerPatternException(
            "pattern file " + source + " must be a JSON array of patterns");
      }
      for (int i = 0; i < root.size(); i++) {
        JsonNode node = root.get(i);
        String at = "pattern #" + (i + 1) + " (" + tag(locale) + ", from " + source + ")";
        put(
            locale,
            new Entry(
                field(node, "id", at),
                field(node, "category", at),
                field(node, "regex", at),
                field(node, "suggestion", at),
                source));
      }
      return this;
    }

    private static String field(JsonNode node, String name, String at) {
      JsonNode value = node.get(name);
      if (value == null || !value.isTextual() || value.asText().isBlank()) {
        throw new CheckerPatternException(at + " must have a non-blank string '" + name + "'");
      }
      return value.asText();
    }

    private void put(Locale locale, Entry entry) {
      entries.computeIfAbsent(tag(locale), t -> new LinkedHashMap<>()).put(entry.id(), entry);
    }

    private static String tag(Locale locale) {
      Objects.requireNonNull(locale, "locale");
      if (locale.getLanguage().isEmpty()) {
        throw new IllegalArgumentException(
            "locale must name a language such as \"es\" but was \"" + locale + "\"");
      }
      return locale.toLanguageTag();
    }
  }
}
