package org.recovery.templates;

import java.util.Arrays;
import org.recovery.core.Tone;

/**
 * Words counts as a pack gives them: how many products ("two", "zwei") and how many times ("three
 * times", "dreimal"), in digits past the pack's words.
 */
final class NumberWords {
  private final Formats formats;
  private final PhraseBook.Language language;
  private final Tone tone;
  private final String[] values = new String[Var.ALL.length];
  private final StringBuilder buffer = new StringBuilder(16);

  NumberWords(Formats formats, PhraseBook.Language language, Tone tone) {
    this.formats = formats;
    this.language = language;
    this.tone = tone;
    Arrays.fill(values, "");
  }

  /** Words how many times ("three times", "dreimal"); a count that is not a number stays as is. */
  String times(String raw) {
    long n;
    try {
      n = raw.isEmpty() ? 0 : Long.parseLong(raw.strip());
    } catch (NumberFormatException e) {
      return digits(raw);
    }
    String[] words = language.phrase(tone, Catalog.TIMES_WORDS).items();
    if (n >= 1 && n <= words.length) {
      return words[(int) n - 1];
    }
    return digits(formats.number(n));
  }

  /** Words a quantity ("two", "zwei"). */
  String count(long n) {
    String[] words = language.phrase(tone, Catalog.NUMBERS).items();
    return n >= 1 && n <= words.length ? words[(int) n - 1] : formats.number(n);
  }

  private String digits(String count) {
    values[Var.COUNT.ordinal()] = count;
    buffer.setLength(0);
    language.phrase(tone, Catalog.TIMES_DIGITS).appendTo(buffer, values);
    return buffer.toString();
  }
}
