package org.recovery.templates;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.recovery.core.Tone;

/**
 * The phrases letters are written with, per language, checked and compiled once. {@link
 * #defaults()} holds the shipped languages (English, Spanish, French, German, Portuguese); a host
 * overrides any phrase or adds a language with {@link #builder()}, from a {@code .properties} or
 * {@code .json} file on the classpath or on disk, without recompiling anything.
 *
 * <p>A phrase is text with variables in braces, such as {@code We have refunded {amount}.}. Each
 * phrase may use only the variables its letter has (see the shipped {@code letter_en.properties}
 * for every key and its variables); anything else fails at {@link PhraseBookBuilder#build()} with a
 * {@link PhrasePackException} naming the phrase, the language, the file and the variable. Braces
 * are never literal text, so no letter ever shows one.
 *
 * <p>A pack for a region ({@code pt-BR}) only needs the phrases that differ from its language
 * ({@code pt}). A new language must give every phrase, either plainly or as both a {@code formal.}
 * and a {@code friendly.} variant (one per {@link Tone}).
 *
 * <p>Immutable and thread-safe: build one at start-up and share it.
 */
public final class PhraseBook {
  /** How many locales a book remembers the language and formats of; others are looked up anew. */
  private static final int MAX_LOCALES = 64;

  private final Map<String, Map<String, Entry>> entries;
  private final Map<String, Language> languages;
  private final Map<Locale, Optional<Language>> languageByLocale = new ConcurrentHashMap<>();
  private final Map<Locale, Formats> formats = new ConcurrentHashMap<>();

  PhraseBook(Map<String, Map<String, Entry>> entries, Map<String, Language> languages) {
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
  public static PhraseBookBuilder builder() {
    return PhraseBookBuilder.shipped();
  }

  /**
   * Returns a builder holding this book's phrases, to derive a changed copy.
   *
   * @return a new builder
   */
  public PhraseBookBuilder toBuilder() {
    return PhraseBookBuilder.of(entries);
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
  record Entry(String text, String source) {}

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

    /** Tells whether the pack gives an optional key for the tone. */
    boolean has(Tone tone, int key) {
      return byTone[tone.ordinal()][key] != null;
    }
  }

  /** Holds the shipped book, built on first use. */
  private static final class Shipped {
    static final PhraseBook BOOK = builder().build();
  }
}
