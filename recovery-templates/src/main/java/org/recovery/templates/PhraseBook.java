package org.recovery.templates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.recovery.core.Tone;

/**
 * The phrases letters are written with, per language, checked and compiled once. {@link
 * #defaults()} holds the shipped languages (English, Spanish, French, German, Portuguese); a host
 * overrides any phrase or adds a language with {@link #builder()}, from a {@code .properties} or
 * {@code .json} file on the classpath or on disk, without recompiling anything.
 *
 * <p>A phrase is text with variables in braces, such as {@code We have refunded {amount}.}. Each
 * phrase may use only the variables its letter has (see the shipped {@code letter_en.properties}
 * for every key and its variables); anything else fails at {@link Builder#build()} with a {@link
 * PhrasePackException} naming the phrase, the language, the file and the variable. Braces are never
 * literal text, so no letter ever shows one.
 *
 * <p>A pack for a region ({@code pt-BR}) only needs the phrases that differ from its language
 * ({@code pt}). A new language must give every phrase, either plainly or as both a {@code formal.}
 * and a {@code friendly.} variant (one per {@link Tone}).
 *
 * <p>Immutable and thread-safe: build one at start-up and share it.
 */
public final class PhraseBook {
  private static final String SHIPPED_DIR = "org/recovery/templates/phrases/";
  private static final List<String> SHIPPED = List.of("en", "es", "fr", "de", "pt");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How many locales a book remembers the language and formats of; others are looked up anew. */
  private static final int MAX_LOCALES = 64;

  private final Map<String, Map<String, Entry>> entries;
  private final Map<String, Language> languages;
  private final Map<Locale, Optional<Language>> languageByLocale = new ConcurrentHashMap<>();
  private final Map<Locale, Formats> formats = new ConcurrentHashMap<>();

  private PhraseBook(Map<String, Map<String, Entry>> entries, Map<String, Language> languages) {
    this.entries = entries;
    this.languages = languages;
  }

  /**
   * Returns the shipped phrase book: English, Spanish, French, German and Portuguese.
   *
   * @return the shared default book
   */
  public static PhraseBook defaults() {
    return Shipped.BOOK;
  }

  /**
   * Starts a builder holding the shipped languages, to override phrases or add languages.
   *
   * @return a new builder
   */
  public static Builder builder() {
    Builder b = new Builder();
    for (String tag : SHIPPED) {
      b.resource(
          Locale.forLanguageTag(tag),
          PhraseBook.class.getClassLoader(),
          SHIPPED_DIR + "letter_" + tag + ".properties");
    }
    return b;
  }

  /**
   * Returns a builder holding this book's phrases, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    entries.forEach((tag, map) -> b.entries.put(tag, new LinkedHashMap<>(map)));
    return b;
  }

  /**
   * Returns the languages this book can write, as language tags such as {@code es} or {@code
   * pt-BR}.
   *
   * @return the tags, sorted
   */
  public Set<String> languageTags() {
    return Collections.unmodifiableSet(new TreeSet<>(languages.keySet()));
  }

  /**
   * Tells whether letters can be written in a locale: its exact tag or its language has phrases.
   *
   * @param locale the locale
   * @return true if supported
   */
  public boolean supports(Locale locale) {
    return language(locale).isPresent();
  }

  /** Finds the language of a locale, remembered because a language tag is made anew per call. */
  Optional<Language> language(Locale locale) {
    Optional<Language> known = languageByLocale.get(locale);
    if (known != null) {
      return known;
    }
    Language exact = languages.get(locale.toLanguageTag());
    Optional<Language> found =
        Optional.ofNullable(exact != null ? exact : languages.get(locale.getLanguage()));
    if (languageByLocale.size() < MAX_LOCALES) {
      languageByLocale.put(locale, found);
    }
    return found;
  }

  Formats formats(Locale locale) {
    Formats known = formats.get(locale);
    if (known != null) {
      return known;
    }
    if (formats.size() >= MAX_LOCALES) {
      return new Formats(locale);
    }
    return formats.computeIfAbsent(locale, Formats::new);
  }

  /** A phrase as loaded, with where it came from. */
  private record Entry(String text, String source) {}

  /** The compiled phrases of one language, by tone and key. */
  static final class Language {
    final String tag;
    private final Phrase[][] byTone;

    Language(String tag, Phrase[][] byTone) {
      this.tag = tag;
      this.byTone = byTone;
    }

    Phrase phrase(Tone tone, int key) {
      return byTone[tone.ordinal()][key];
    }
  }

  /** Holds the shipped book, built on first use. */
  private static final class Shipped {
    static final PhraseBook BOOK = builder().build();
  }

  /**
   * Collects phrase packs; later ones override earlier ones phrase by phrase. {@link #build()}
   * checks and compiles them. Not thread-safe.
   */
  public static final class Builder {
    private static final int MAX_LISTED = 10;

    private final Map<String, Map<String, Entry>> entries = new TreeMap<>();

    private Builder() {}

    /**
     * Sets one phrase.
     *
     * @param locale the language, e.g. {@code Locale.GERMAN}
     * @param key the phrase key, e.g. {@code step.refund} or {@code friendly.thanks}
     * @param text the phrase, with variables in braces
     * @return this builder
     */
    public Builder phrase(Locale locale, String key, String text) {
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
    public Builder file(Locale locale, Path file) {
      Objects.requireNonNull(file, "file");
      try (InputStream in = Files.newInputStream(file)) {
        return load(locale, in, file.toString(), file.getFileName().toString());
      } catch (IOException e) {
        throw new PhrasePackException("cannot read phrase pack " + file + ": " + e, e);
      }
    }

    /**
     * Loads every phrase pack in a directory named {@code letter_<tag>.properties} or {@code
     * letter_<tag>.json}, such as {@code letter_it.properties} or {@code letter_pt-BR.json}. Adding
     * a language is dropping a file there.
     *
     * @param directory the directory
     * @return this builder
     * @throws PhrasePackException if the directory or a file cannot be read
     */
    public Builder directory(Path directory) {
      Objects.requireNonNull(directory, "directory");
      List<Path> files = new ArrayList<>();
      try (Stream<Path> list = Files.list(directory)) {
        list.filter(p -> p.getFileName().toString().matches("letter_.+\\.(properties|json)"))
            .sorted()
            .forEach(files::add);
      } catch (IOException e) {
        throw new PhrasePackException("cannot list phrase packs in " + directory + ": " + e, e);
      }
      for (Path f : files) {
        String name = f.getFileName().toString();
        String tag = name.substring("letter_".length(), name.lastIndexOf('.'));
        file(Locale.forLanguageTag(tag.replace('_', '-')), f);
      }
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
    public Builder resource(Locale locale, String resource) {
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
    public Builder resource(Locale locale, ClassLoader loader, String resource) {
      Objects.requireNonNull(resource, "resource");
      String source = "classpath:" + resource;
      InputStream in = loader.getResourceAsStream(resource);
      if (in == null) {
        throw new PhrasePackException("phrase pack " + source + " was not found on the classpath");
      }
      try (in) {
        return load(locale, in, source, resource);
      } catch (IOException e) {
        throw new PhrasePackException("cannot read phrase pack " + source + ": " + e, e);
      }
    }

    /**
     * Checks and compiles every phrase.
     *
     * @return the phrase book
     * @throws PhrasePackException naming the phrase, language, source and problem: an unknown key,
     *     an unknown or unavailable variable, an unbalanced brace, a blank phrase, or a language
     *     that lacks phrases
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
          throw new PhrasePackException(
              where
                  + " is not a phrase letters use; keys are those of the shipped"
                  + " letter_en.properties, optionally prefixed with formal. or friendly.");
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

    private Builder load(Locale locale, InputStream in, String source, String name)
        throws IOException {
      if (name.endsWith(".json")) {
        JsonNode root;
        try {
          root = JSON.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new PhrasePackException(
              "phrase pack " + source + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
          throw new PhrasePackException(
              "phrase pack " + source + " must be a JSON object of phrases by key");
        }
        flatten("", root, locale, source);
      } else {
        Properties props = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
          props.load(reader);
        }
        for (String key : new TreeSet<>(props.stringPropertyNames())) {
          put(locale, key, props.getProperty(key), source);
        }
      }
      return this;
    }

    private void flatten(String prefix, JsonNode node, Locale locale, String source) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String key = prefix + field.getKey();
        JsonNode value = field.getValue();
        if (value.isObject()) {
          flatten(key + ".", value, locale, source);
        } else if (value.isTextual()) {
          put(locale, key, value.asText(), source);
        } else {
          throw new PhrasePackException(
              "phrase '"
                  + key
                  + "' ("
                  + tag(locale)
                  + ", from "
                  + source
                  + ") must be a string but was "
                  + value.getNodeType().name().toLowerCase(Locale.ROOT));
        }
      }
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
}
