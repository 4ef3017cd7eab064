package org.recovery.templates;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.recovery.core.Complaint;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.Tone;

/**
 * Collects the options of a {@link Letter}; start one with {@link Letter#builder(Complaint,
 * RecoveryPlan)}. Not thread-safe; the letter it builds is immutable.
 */
public final class LetterBuilder {
  private final Complaint complaint;
  private final RecoveryPlan plan;
  private PhraseBook phrases = PhraseBook.defaults();
  private @Nullable Locale locale;
  private @Nullable Locale secondLocale;
  private @Nullable Tone tone;
  private ZoneId zone = ZoneOffset.UTC;
  private @Nullable String signature;
  private boolean quoteMessage;
  private boolean emoticons = true;
  private Locale catalogLanguage = Locale.ENGLISH;

  LetterBuilder(Complaint complaint, RecoveryPlan plan) {
    this.complaint = complaint;
    this.plan = plan;
  }

  /**
   * Sets the phrases to write with (default {@link PhraseBook#defaults()}).
   *
   * @param phrases the phrase book
   * @return this builder
   */
  public LetterBuilder phrases(PhraseBook phrases) {
    this.phrases = Objects.requireNonNull(phrases, "phrases");
    return this;
  }

  /**
   * Sets the language of the letter and the locale of its money and dates (default: the complaint's
   * language). A locale the phrase book does not support falls back to English with a warning.
   *
   * @param locale the locale, e.g. {@code es-MX}
   * @return this builder
   */
  public LetterBuilder locale(Locale locale) {
    this.locale = Objects.requireNonNull(locale, "locale");
    return this;
  }

  /**
   * Adds a second language after the first, clearly separated (default: none). Usually {@link
   * Locale#ENGLISH}. Ignored with a warning if unsupported or the same as the first.
   *
   * @param secondLocale the second locale
   * @return this builder
   */
  public LetterBuilder secondLocale(Locale secondLocale) {
    this.secondLocale = Objects.requireNonNull(secondLocale, "secondLocale");
    return this;
  }

  /**
   * Overrides the tone the plan chose (default: {@link RecoveryPlan#tone()}).
   *
   * @param tone the tone
   * @return this builder
   */
  public LetterBuilder tone(Tone tone) {
    this.tone = Objects.requireNonNull(tone, "tone");
    return this;
  }

  /**
   * Sets the customer's time zone, in which dates are written (default UTC).
   *
   * @param zone the zone
   * @return this builder
   */
  public LetterBuilder zone(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
    return this;
  }

  /**
   * Sets the signature under the sign-off, such as {@code "Maya, Acme customer care"} (default: the
   * phrase {@code signature}, "The customer care team").
   *
   * @param signature the signature; escaped like any other text
   * @return this builder
   * @throws IllegalArgumentException if blank
   */
  public LetterBuilder signature(String signature) {
    Objects.requireNonNull(signature, "signature");
    if (signature.isBlank()) {
      throw new IllegalArgumentException(
          "signature must not be blank but was \"" + signature + "\"");
    }
    this.signature = signature;
    return this;
  }

  /**
   * Quotes the customer's message in the acknowledgement of formal letters (default false). Line
   * breaks in the message become spaces; renderers escape it.
   *
   * @param quoteMessage whether to quote
   * @return this builder
   */
  public LetterBuilder quoteMessage(boolean quoteMessage) {
    this.quoteMessage = quoteMessage;
    return this;
  }

  /**
   * Allows the emoticon that friendly phrases may end with, the {@code {smile}} variable (default
   * true).
   *
   * @param emoticons whether to show it
   * @return this builder
   */
  public LetterBuilder emoticons(boolean emoticons) {
    this.emoticons = emoticons;
    return this;
  }

  /**
   * Sets the language the catalogue's product names ({@link org.recovery.core.OrderLine#name()})
   * are written in (default English). A letter in that language names products plainly ("your
   * Garlic press"); a letter in another language uses the line's {@code localName} when it is in
   * the complaint's language, and otherwise names the product in a neutral frame ("el artículo
   * «Garlic press»").
   *
   * @param catalogLanguage the catalogue's language
   * @return this builder
   */
  public LetterBuilder catalogLanguage(Locale catalogLanguage) {
    this.catalogLanguage = Objects.requireNonNull(catalogLanguage, "catalogLanguage");
    return this;
  }

  /**
   * Writes the letter.
   *
   * @return the letter
   * @throws LetterException if the plan lacks a value a phrase needs, naming it
   */
  public Letter build() {
    Tone t = tone != null ? tone : plan.tone();
    List<String> warnings = new ArrayList<>(0);
    Locale first = locale != null ? locale : regional(complaint.language());
    Optional<PhraseBook.Language> lang = phrases.language(first);
    if (lang.isEmpty()) {
      warnings.add(
          "no phrases for locale '"
              + first.toLanguageTag()
              + "'; the letter is written in English");
      first = Locale.ENGLISH;
      lang = phrases.language(first);
      if (lang.isEmpty()) {
        throw new IllegalStateException("the phrase book has no English phrases to fall back on");
      }
    }
    List<LetterBody> bodies = new ArrayList<>(2);
    bodies.add(body(t, lang.get(), first));
    if (secondLocale != null) {
      Optional<PhraseBook.Language> second = phrases.language(secondLocale);
      if (second.isEmpty()) {
        warnings.add(
            "no phrases for second locale '"
                + secondLocale.toLanguageTag()
                + "'; the letter has one language");
      } else if (second.get() == lang.get()) {
        warnings.add(
            "second locale '"
                + secondLocale.toLanguageTag()
                + "' is the letter's own language; the letter has one language");
      } else {
        bodies.add(body(t, second.get(), secondLocale));
      }
    }
    return new Letter(complaint.id(), t, bodies, warnings);
  }

  /**
   * Returns the customer's own locale when it is the complaint's language with a region the
   * language lacks, so that an en-GB customer writing in English reads "24 November 2026".
   */
  private Locale regional(Locale language) {
    Locale own = complaint.customer().locale();
    boolean sameLanguage = own.getLanguage().equals(language.getLanguage());
    return sameLanguage && language.getCountry().isEmpty() ? own : language;
  }

  private LetterBody body(Tone t, PhraseBook.Language language, Locale loc) {
    return new LetterComposer(
            complaint,
            plan,
            t,
            language,
            phrases.formats(loc),
            zone,
            emoticons,
            loc,
            catalogLanguage)
        .compose(loc, Optional.ofNullable(signature), quoteMessage);
  }
}
