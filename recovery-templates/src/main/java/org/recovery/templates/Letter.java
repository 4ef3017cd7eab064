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
 * A reply to a complaint, written from its {@link RecoveryPlan} in the customer's language (and
 * English beside it when asked), ready to render as plain text, HTML, Markdown or JSON.
 *
 * <p>Sections come in a fixed order (see {@link SectionKind}); a section the plan gives nothing to
 * say is left out. Actions the customer does not see (escalation, approval, stop-sale review) are
 * not mentioned; a named owner from the plan's ownership statements is.
 *
 * <pre>{@code
 * Letter letter = Letter.builder(complaint, plan)
 *     .secondLocale(Locale.ENGLISH)
 *     .signature("Maya, Acme customer care")
 *     .zone(ZoneId.of("Europe/Madrid"))
 *     .build();
 * String html = letter.toHtml();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Letter {
  /** The default width of plain text, in characters. */
  public static final int DEFAULT_WIDTH = 72;

  private final String complaintId;
  private final Tone tone;
  private final List<LetterBody> bodies;
  private final List<String> warnings;

  private Letter(String complaintId, Tone tone, List<LetterBody> bodies, List<String> warnings) {
    this.complaintId = complaintId;
    this.tone = tone;
    this.bodies = List.copyOf(bodies);
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Starts a letter for a complaint and the plan decided for it.
   *
   * @param complaint the complaint being answered
   * @param plan the plan decided for it
   * @return a new builder
   * @throws IllegalArgumentException if the plan answers another complaint
   */
  public static Builder builder(Complaint complaint, RecoveryPlan plan) {
    Objects.requireNonNull(complaint, "complaint");
    Objects.requireNonNull(plan, "plan");
    if (!plan.complaintId().equals(complaint.id())) {
      throw new IllegalArgumentException(
          "plan.complaintId must be the complaint's id \""
              + complaint.id()
              + "\" but was \""
              + plan.complaintId()
              + "\"");
    }
    return new Builder(complaint, plan);
  }

  /**
   * Returns the id of the complaint this letter answers.
   *
   * @return the complaint id
   */
  public String complaintId() {
    return complaintId;
  }

  /**
   * Returns the tone the letter is written in.
   *
   * @return the tone
   */
  public Tone tone() {
    return tone;
  }

  /**
   * Returns the bodies: the customer's language first, then the second language if any.
   *
   * @return one or two bodies
   */
  public List<LetterBody> bodies() {
    return bodies;
  }

  /**
   * Returns what the reader of the result should know, such as a locale that had no phrases and was
   * replaced by English.
   *
   * @return the warnings, in English; empty when there are none
   */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Renders plain text wrapped at {@value #DEFAULT_WIDTH} characters.
   *
   * @return the text
   */
  public String toText() {
    return toText(DEFAULT_WIDTH);
  }

  /**
   * Renders plain text wrapped at a given width. Words longer than the width (a long URL, say) get
   * a line of their own and are never broken.
   *
   * @param width the most characters (code points) on a line; at least 20
   * @return the text
   * @throws IllegalArgumentException if the width is below 20
   */
  public String toText(int width) {
    if (width < 20) {
      throw new IllegalArgumentException("width must be >= 20 but was " + width);
    }
    return TextRenderer.render(this, width);
  }

  /**
   * Renders a well-formed HTML fragment (also valid XHTML): one {@code <div
   * class="recovery-letter">} with a {@code <section lang=…>} per language. Every string is escaped
   * for its context, including phrases and values supplied by the host.
   *
   * @return the HTML
   */
  public String toHtml() {
    return HtmlRenderer.render(this);
  }

  /**
   * Renders CommonMark Markdown, with every Markdown-significant character in the text escaped.
   *
   * @return the Markdown
   */
  public String toMarkdown() {
    return MarkdownRenderer.render(this);
  }

  /**
   * Renders JSON for hosts that lay letters out themselves: {@code complaintId}, {@code tone},
   * {@code warnings} and {@code bodies}, each with {@code locale}, {@code title} and {@code
   * sections} ({@code kind}, {@code heading} or null, {@code paragraphs}, {@code steps}).
   *
   * @return the JSON document
   */
  public String toJson() {
    return JsonRenderer.render(this);
  }

  /** Collects the options of a letter. Not thread-safe; the product is immutable. */
  public static final class Builder {
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

    private Builder(Complaint complaint, RecoveryPlan plan) {
      this.complaint = complaint;
      this.plan = plan;
    }

    /**
     * Sets the phrases to write with (default {@link PhraseBook#defaults()}).
     *
     * @param phrases the phrase book
     * @return this builder
     */
    public Builder phrases(PhraseBook phrases) {
      this.phrases = Objects.requireNonNull(phrases, "phrases");
      return this;
    }

    /**
     * Sets the language of the letter and the locale of its money and dates (default: the
     * complaint's language). A locale the phrase book does not support falls back to English with a
     * warning.
     *
     * @param locale the locale, e.g. {@code es-MX}
     * @return this builder
     */
    public Builder locale(Locale locale) {
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
    public Builder secondLocale(Locale secondLocale) {
      this.secondLocale = Objects.requireNonNull(secondLocale, "secondLocale");
      return this;
    }

    /**
     * Overrides the tone the plan chose (default: {@link RecoveryPlan#tone()}).
     *
     * @param tone the tone
     * @return this builder
     */
    public Builder tone(Tone tone) {
      this.tone = Objects.requireNonNull(tone, "tone");
      return this;
    }

    /**
     * Sets the customer's time zone, in which dates are written (default UTC).
     *
     * @param zone the zone
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Sets the signature under the sign-off, such as {@code "Maya, Acme customer care"} (default:
     * the phrase {@code signature}, "The customer care team").
     *
     * @param signature the signature; escaped like any other text
     * @return this builder
     * @throws IllegalArgumentException if blank
     */
    public Builder signature(String signature) {
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
    public Builder quoteMessage(boolean quoteMessage) {
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
    public Builder emoticons(boolean emoticons) {
      this.emoticons = emoticons;
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
      Locale first = locale != null ? locale : complaint.language();
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

    private LetterBody body(Tone t, PhraseBook.Language language, Locale loc) {
      return new LetterComposer(complaint, plan, t, language, phrases.formats(loc), zone, emoticons)
          .compose(loc, Optional.ofNullable(signature), quoteMessage);
    }
  }
}
