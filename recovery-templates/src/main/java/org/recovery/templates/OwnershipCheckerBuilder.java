package org.recovery.templates;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.recovery.core.internal.json.JsonObject;
import org.recovery.core.internal.json.JsonValue;
import org.recovery.templates.OwnershipChecker.Rule;

/**
 * Collects pattern files; a pattern with the id of an earlier one replaces it. {@link #build()}
 * checks and compiles them. Not thread-safe.
 */
public final class OwnershipCheckerBuilder {
  private static final String SHIPPED_DIR = "org/recovery/templates/checker/";
  private static final List<String> SHIPPED = List.of("en", "es", "fr", "de", "pt");
  private static final int FLAGS =
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
  private static final PackLoader LOADER =
      new PackLoader(
          "pattern file",
          "pattern files",
          Pattern.compile("patterns_(.+)\\.json"),
          CheckerPatternException::new);

  private final Map<String, Map<String, Entry>> entries = new TreeMap<>();

  private OwnershipCheckerBuilder() {}

  /** Starts a builder holding the shipped patterns. */
  static OwnershipCheckerBuilder shipped() {
    var b = new OwnershipCheckerBuilder();
    for (String tag : SHIPPED) {
      b.resource(
          Locale.forLanguageTag(tag),
          OwnershipChecker.class.getClassLoader(),
          SHIPPED_DIR + "patterns_" + tag + ".json");
    }
    return b;
  }

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
  public OwnershipCheckerBuilder pattern(
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
  public OwnershipCheckerBuilder file(Locale locale, Path file) {
    LOADER.file(locale, file, this::load);
    return this;
  }

  /**
   * Loads every file named {@code patterns_<tag>.json} in a directory, such as {@code
   * patterns_it.json}.
   *
   * @param directory the directory
   * @return this builder
   * @throws CheckerPatternException if the directory or a file cannot be read
   */
  public OwnershipCheckerBuilder directory(Path directory) {
    LOADER.directory(directory, this::load);
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
  public OwnershipCheckerBuilder resource(Locale locale, ClassLoader loader, String resource) {
    LOADER.resource(locale, loader, resource, this::load);
    return this;
  }

  /**
   * Checks and compiles every pattern.
   *
   * @return the checker
   * @throws CheckerPatternException naming the pattern, language and file if a category is unknown
   *     or a regular expression invalid or able to match empty text
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

  /** Reads a pattern file: a JSON array of objects with four non-blank strings. */
  private void load(Locale locale, InputStream in, String source, String name) {
    JsonValue root = LOADER.json(source).read(in);
    if (root.kind() != JsonValue.Kind.ARRAY) {
      throw root.unexpected("an array of patterns");
    }
    for (JsonValue pattern : root.elements()) {
      JsonObject o = pattern.object("id", "category", "regex", "suggestion");
      put(
          locale,
          new Entry(
              nonBlank(o, "id"),
              nonBlank(o, "category"),
              nonBlank(o, "regex"),
              nonBlank(o, "suggestion"),
              source));
    }
  }

  private static String nonBlank(JsonObject o, String field) {
    JsonValue value = o.required(field);
    String text = value.string();
    if (text.isBlank()) {
      throw value.unexpected("a non-blank string");
    }
    return text;
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

  /** A pattern as loaded, with where it came from. */
  private record Entry(
      String id, String category, String regex, String suggestion, String source) {}
}
