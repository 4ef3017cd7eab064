package org.recovery.templates;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import org.jspecify.annotations.Nullable;

/**
 * How one locale's {@link DecimalFormat} lays out a non-negative number: the affixes around it, the
 * digit shapes, the grouping and the separators. Writing a number from its plain digits this way
 * gives the format's own text without its per-call cost (a synchronized buffer and a digit list),
 * which was a sixth of a letter's time.
 *
 * <p>Only formats whose output this layout reproduces exactly are taken: a fixed number of
 * decimals, at least one integer digit, no exponent, no decimal point shown on whole numbers, and
 * room for any number of integer digits. For anything else {@link #of} returns null and the caller
 * keeps the format. Tests compare the two over every locale the JDK has.
 */
final class DigitLayout {
  /** A long has at most 19 digits; money has at most 15 before the point. */
  private static final int MAX_DIGITS = 19;

  private final String prefix;
  private final String suffix;
  private final char zero;
  private final char grouping;
  private final int groupingSize;
  private final char decimal;
  private final int fractionDigits;
  private final int minIntegerDigits;

  private DigitLayout(DecimalFormat format, boolean monetary) {
    DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
    this.prefix = format.getPositivePrefix();
    this.suffix = format.getPositiveSuffix();
    this.zero = symbols.getZeroDigit();
    this.groupingSize = format.isGroupingUsed() ? format.getGroupingSize() : 0;
    this.grouping =
        monetary ? symbols.getMonetaryGroupingSeparator() : symbols.getGroupingSeparator();
    this.decimal = monetary ? symbols.getMonetaryDecimalSeparator() : symbols.getDecimalSeparator();
    this.fractionDigits = format.getMaximumFractionDigits();
    this.minIntegerDigits = format.getMinimumIntegerDigits();
  }

  /**
   * Returns the layout of a format, or null when this layout cannot reproduce it exactly.
   *
   * @param format a format from {@link NumberFormat}, configured as it will be used
   * @param monetary whether the format is a currency format, which uses the monetary separators
   * @param multiplier the multiplier the caller's numbers already include: 1, or 100 for percent
   *     when the caller passes whole percentages
   */
  static @Nullable DigitLayout of(NumberFormat format, boolean monetary, int multiplier) {
    if (!(format instanceof DecimalFormat f)) {
      return null;
    }
    boolean reproducible =
        f.getMultiplier() == multiplier
            && f.getMinimumFractionDigits() == f.getMaximumFractionDigits()
            && f.getMinimumIntegerDigits() >= 1
            && f.getMinimumIntegerDigits() <= MAX_DIGITS
            && f.getMaximumIntegerDigits() >= MAX_DIGITS
            && !f.isDecimalSeparatorAlwaysShown()
            && f.toPattern().indexOf('E') < 0;
    return reproducible ? new DigitLayout(f, monetary) : null;
  }

  /**
   * Writes a non-negative number given as plain ASCII digits, with exactly as many decimals as the
   * format shows after a {@code '.'} (none and no point when that is zero), as the format would.
   *
   * @param plain such as {@code "1234.50"} or {@code "7"}
   * @return the number as the locale writes it, such as {@code "$1,234.50"}
   */
  String write(String plain) {
    int point = fractionDigits == 0 ? plain.length() : plain.length() - fractionDigits - 1;
    int integerDigits = point;
    int start = 0;
    // The format writes no leading zeros beyond its minimum.
    while (integerDigits > minIntegerDigits && plain.charAt(start) == '0') {
      start++;
      integerDigits--;
    }
    int count = Math.max(integerDigits, minIntegerDigits);
    StringBuilder out =
        new StringBuilder(
                prefix.length() + suffix.length() + count + count / 3 + 1 + fractionDigits)
            .append(prefix);
    int shift = zero - '0';
    for (int i = count - 1; i >= 0; i--) {
      char digit = i < integerDigits ? plain.charAt(point - 1 - i) : '0';
      out.append((char) (digit + shift));
      if (groupingSize > 0 && i > 0 && i % groupingSize == 0) {
        out.append(grouping);
      }
    }
    if (fractionDigits > 0) {
      out.append(decimal);
      for (int i = point + 1; i < plain.length(); i++) {
        out.append((char) (plain.charAt(i) + shift));
      }
    }
    return out.append(suffix).toString();
  }
}
