package org.recovery.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.recovery.core.Tone;
import org.recovery.core.internal.json.JsonValue;
import org.recovery.templates.PhraseBook.Entry;
import org.recovery.templates.PhraseBook.Language;

/**
 * Collects phrase packs; later ones override earlier ones phrase by phrase. {@link #build()} checks
 * and compiles them. Not thread-safe.
 */
public final class PhraseBookBuilder {
  private static final int MAX_LISTED = 10;
  private static final String SHIPPED_DIR = "org/recovery/templates/phrases/";
  private static final List<String> SHIPPED = List.of("en", "es", "fr", "de", "pt");
  private static final String NOT_A_KEY =
      "is not a phrase letters use; keys are those of the shipped letter_en.properties,"
          + " optionally prefixed with formal. or friendly.";
  private static final PackLoader LOADER =
      new PackLoader(
          "phrase pack",
          "phrase packs",
          Pattern.compile("letter_(.+)\\.(properties|json)"),
          PhrasePackException::new);

  private final Map<String, Map<String, Entry>> entries = new TreeMap<>();

  private PhraseBookBuilder() {}

  /** Starts a builder holding the shipped languages. */
  static PhraseBookBuilder shipped() {
    var b = new PhraseBookBuilder();
    for (String tag : SHIPPED) {
      b.resource(
          Locale.forLanguageTag(tag),
          PhraseBook.class.getClassLoader(),
          SHIPPED_DIR + "letter_" + tag + ".properties");
    }
    return b;
  }

  /** Starts a builder holding a book's phrases. */
  static PhraseBookBuilder of(Map<String, Map<String, Entry>> entries) {
    var b = new PhraseBookBuilder();
    entries.forEach((tag, map) -> b.entries.put(tag, new LinkedHashMap<>(map)));
    return b;
  }

  /**
   * Sets one phrase.
   *
   * @param locale the language, e.g. {@code Locale.GERMAN}
   * @param key the phrase key, e.g. {@code step.refund} or {@code friendly.thanks}
   * @param text the phrase, with variables in braces
   * @return this builder
   */
  public PhraseBookBuilder phrase(Locale locale, String key, String text) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(text, "text");
    put(locale, key, text, "phrase(" + tag(locale) + ", " + key + ")");
    return this;
  }

  /**
   * Loads a phrase pack from a file: {@code .properties} (UTF-8) or {@code .json} (an object of
   * keys to phrases; nested objects join their keys with dots).
   *
   * @param locale the language the pack is written in
   * @param file the file
   * @return this builder
   * @throws PhrasePackException if the file cannot be read or parsed, naming it
   */
  public PhraseBookBuilder file(Locale locale, Path file) {
    LOADER.file(locale, file, this::load);
    return this;
  }

  /**
   * Loads every phrase pack in a directory named {@code letter_<tag>.properties} or {@code
   * letter_<tag>.json}, such as {@code letter_it.properties} or {@code letter_pt-BR.json}. Adding a
   * language is dropping a file there.
   *
   * @param directory the directory
   * @return this builder
   * @throws PhrasePackException if the directory or a file cannot be read
   */
  public PhraseBookBuilder directory(Path directory) {
    LOADER.directory(directory, this::load);
    return this;
  }

  /**
   * Loads a phrase pack from the classpath, through this library's class loader.
   *
   * @param locale the language the pack is written in
   * @param resource the resource name, e.g. {@code com/acme/phrases/letter_it.properties}
   * @return this builder
   * @throws PhrasePackException if the resource is missing or cannot be parsed
   */
  public PhraseBookBuilder resource(Locale locale, String resource) {
    return resource(locale, PhraseBook.class.getClassLoader(), resource);
  }

  /**
   * Loads a phrase pack from the classpath of a given class loader.
   *
   * @param locale the language the pack is written in
   * @param loader the class loader to look in
   * @param resource the resource name, e.g. {@code com/acme/phrases/letter_it.json}
   * @return this builder
   * @throws PhrasePackException if the resource is missing or cannot be parsed
   */
  public PhraseBookBuilder resource(Locale locale, ClassLoader loader, String resource) {
    LOADER.resource(locale, loader, resource, this::load);
    return this;
  }

  /**
   * Checks and compiles every phrase.
   *
   * @return the phrase book
   * @throws PhrasePackException naming the phrase, language, source and problem: an unknown key, an
   *     unknown or unavailable variable, an unbalanced brace, a blank phrase, or a language that
   *     lacks phrases
   */
  public PhraseBook build() {
    Map<String, Map<String, Entry>> copy = new TreeMap<>();
    entries.forEach((tag, map) -> copy.put(tag, Collections.unmodifiableMap(map)));
    Map<String, Language> languages = new HashMap<>();
    for (String tag : copy.keySet()) {
      languages.put(tag, compile(tag, merged(tag, copy)));
    }
    return new PhraseBook(Collections.unmodifiableMap(copy), languages);
  }

  private static Map<String, Entry> merged(String tag, Map<String, Map<String, Entry>> all) {
    String language = Locale.forLanguageTag(tag).getLanguage();
    Map<String, Entry> merged = new LinkedHashMap<>();
    if (!language.equals(tag) && all.containsKey(language)) {
      merged.putAll(all.get(language));
    }
    merged.putAll(all.get(tag));
    return merged;
  }

  private static Language compile(String tag, Map<String, Entry> phrases) {
    Tone[] tones = Tone.values();
    Phrase[] plain = new Phrase[Catalog.SIZE];
    Phrase[][] toned = new Phrase[tones.length][Catalog.SIZE];
    for (Map.Entry<String, Entry> e : new TreeMap<>(phrases).entrySet()) {
      String key = e.getKey();
      Entry entry = e.getValue();
      String where = "phrase '" + key + "' (" + tag + ", from " + entry.source() + ")";
      @Nullable Tone tone = null;
      String base = key;
      if (key.startsWith(Catalog.FORMAL_PREFIX)) {
        tone = Tone.FORMAL_APOLOGY;
        base = key.substring(Catalog.FORMAL_PREFIX.length());
      } else if (key.startsWith(Catalog.FRIENDLY_PREFIX)) {
        tone = Tone.FRIENDLY_FIX;
        base = key.substring(Catalog.FRIENDLY_PREFIX.length());
      }
      int index = Catalog.indexOf(base);
      if (index < 0) {
        throw new PhrasePackException(where + " " + NOT_A_KEY);
      }
      Phrase phrase = Phrase.compile(entry.text(), index, where);
      if (tone == null) {
        plain[index] = phrase;
      } else {
        toned[tone.ordinal()][index] = phrase;
      }
    }
    List<String> missing = new ArrayList<>();
    for (int k = 0; k < Catalog.SIZE; k++) {
      List<String> lacking = new ArrayList<>(tones.length);
      for (Tone t : tones) {
        if (toned[t.ordinal()][k] == null) {
          toned[t.ordinal()][k] = plain[k];
        }
        if (toned[t.ordinal()][k] == null) {
          String prefix =
              t == Tone.FORMAL_APOLOGY ? Catalog.FORMAL_PREFIX : Catalog.FRIENDLY_PREFIX;
          lacking.add(prefix + Catalog.name(k));
        }
      }
      if (lacking.isEmpty() || (Catalog.isOptional(k) && lacking.size() == tones.length)) {
        continue;
      }
      // A key no tone has is named once, plainly; only a missing tone variant is named as such.
      if (lacking.size() == tones.length) {
        missing.add(Catalog.name(k));
      } else {
        missing.addAll(lacking);
      }
    }
    if (!missing.isEmpty()) {
      Set<String> sources = new TreeSet<>();
      phrases.values().forEach(p -> sources.add(p.source()));
      throw new PhrasePackException(
          "phrase pack '"
              + tag
              + "' lacks "
              + missing.size()
              + " phrase(s): "
              + listed(missing)
              + " (give each plainly or as both a formal. and a friendly. variant); loaded from "
              + (sources.isEmpty() ? "nothing" : String.join(", ", sources)));
    }
    return new Language(tag, toned);
  }

  /** Lists the first few keys only: a pack missing most phrases needs a file, not a list. */
  private static String listed(List<String> keys) {
    int shown = Math.min(keys.size(), MAX_LISTED);
    String list = String.join(", ", keys.subList(0, shown));
    return shown == keys.size() ? list : list + " and " + (keys.size() - shown) + " more";
  }

  private void load(Locale locale, InputStream in, String source, String name) throws IOException {
    if (name.endsWith(".json")) {
      JsonValue root = LOADER.json(source).read(in);
      if (root.kind() != JsonValue.Kind.OBJECT) {
        throw root.unexpected("an object of phrases by key");
      }
      flatten("", root, locale, source);
    } else {
      Properties props = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        props.load(reader);
      } catch (IllegalArgumentException e) {
        // Properties reports a malformed unicode escape unchecked, without a line
        throw new PhrasePackException(
            source + " is not a valid properties file: " + e.getMessage(), e);
      }
      for (String key : new TreeSet<>(props.stringPropertyNames())) {
        put(locale, key, props.getProperty(key), source);
      }
    }
  }

  /** Reads a JSON pack's phrases; a nested object's keys join its own with a dot. */
  private void flatten(String prefix, JsonValue object, Locale locale, String source) {
    for (Map.Entry<String, JsonValue> field : object.members().entrySet()) {
      String key = prefix + field.getKey();
      JsonValue value = field.getValue();
      if (value.kind() == JsonValue.Kind.OBJECT) {
        flatten(key + ".", value, locale, source);
      } else if (value.kind() != JsonValue.Kind.STRING) {
        throw value.unexpected("a phrase (a string) or an object of phrases");
      } else if (!isKey(key)) {
        throw value.fail("'" + key + "' " + NOT_A_KEY);
      } else {
        put(locale, key, value.string(), source);
      }
    }
  }

  /** Tells whether letters use a phrase key, with or without a tone prefix. */
  private static boolean isKey(String key) {
    String base = key;
    if (key.startsWith(Catalog.FORMAL_PREFIX)) {
      base = key.substring(Catalog.FORMAL_PREFIX.length());
    } else if (key.startsWith(Catalog.FRIENDLY_PREFIX)) {
      base = key.substring(Catalog.FRIENDLY_PREFIX.length());
    }
    return Catalog.indexOf(base) >= 0;
  }

  private void put(Locale locale, String key, String text, String source) {
    entries
        .computeIfAbsent(tag(locale), t -> new LinkedHashMap<>())
        .put(key, new Entry(text, source));
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
