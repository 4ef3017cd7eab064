package org.recovery.templates;

import java.util.List;
import java.util.Objects;
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

  Letter(String complaintId, Tone tone, List<LetterBody> bodies, List<String> warnings) {
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
  public static LetterBuilder builder(Complaint complaint, RecoveryPlan plan) {
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
    return new LetterBuilder(complaint, plan);
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
}
