package org.recovery.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes the figures of a terminal table exactly as {@code String.format(Locale.US, "%.1f")} and
 * {@code "%,d"} write them, without a {@link java.util.Formatter}.
 *
 * <p>A table is written once, at the end of a run, by code the JIT has not compiled: there a
 * formatter's parse of its pattern with a regular expression cost about 15 µs per figure, and a
 * by-country table writes over a hundred figures while nothing else runs. A fixed-point figure is
 * the double's shortest decimal form ({@link Double#toString(double)}, the digits {@code %.1f}
 * starts from too) rounded half up, with a minus sign for any negative value, {@code -0.0} and
 * values that round to zero included, as the formatter writes them. The tests hold both to the
 * formatter's output over generated values.
 */
final class TableFigures {
  private TableFigures() {}

  /**
   * Writes a value with one decimal, as {@code %.1f} does.
   *
   * @param value any double; NaN and the infinities as {@code %.1f} writes them
   * @return the value rounded half up to one decimal, such as {@code -12.5} or {@code 0.0}
   */
  static String oneDecimal(double value) {
    return fixed(value, 1);
  }

  /**
   * Writes a value with a fixed number of decimals, as {@code %.Nf} does.
   *
   * @param value any double; NaN and the infinities as the formatter writes them
   * @param decimals the digits after the point, at least 0 (none: no point either)
   * @return the value rounded half up
   */
  static String fixed(double value, int decimals) {
    if (decimals < 0) {
      throw new IllegalArgumentException("decimals must be at least 0 but was " + decimals);
    }
    if (!Double.isFinite(value)) {
      return String.format(NpsTable.FIGURES, "%." + decimals + "f", value);
    }
    String sign = Double.compare(value, 0.0) < 0 ? "-" : "";
    String shortest = Double.toString(Math.abs(value));
    if (shortest.indexOf('E') >= 0) {
      // Below 0.001 or from 10^7 on: the same digits, read through BigDecimal.
      return sign
          + BigDecimal.valueOf(Math.abs(value))
              .setScale(decimals, RoundingMode.HALF_UP)
              .toPlainString();
    }
    // "d+.d+": at least one digit on each side of the point.
    int point = shortest.indexOf('.');
    int fraction = shortest.length() - point - 1;
    if (fraction <= decimals) {
      return sign + shortest + "0".repeat(decimals - fraction);
    }
    char[] kept = shortest.substring(0, decimals == 0 ? point : point + 1 + decimals).toCharArray();
    if (shortest.charAt(point + 1 + decimals) < '5') {
      return sign + new String(kept);
    }
    for (int i = kept.length - 1; i >= 0; i--) {
      if (kept[i] == '.') {
        continue;
      }
      if (kept[i] != '9') {
        kept[i]++;
        return sign + new String(kept);
      }
      kept[i] = '0';
    }
    return sign + "1" + new String(kept);
  }

  /**
   * Writes a count with a comma between groups of three digits.
   *
   * @param value any long
   * @return such as {@code 1,978,148} or {@code -12}
   */
  static String grouped(long value) {
    String digits = Long.toString(value);
    int start = value < 0 ? 1 : 0;
    int length = digits.length() - start;
    if (length <= 3) {
      return digits;
    }
    var text = new StringBuilder(digits.length() + (length - 1) / 3);
    text.append(digits, 0, start);
    int first = length % 3 == 0 ? 3 : length % 3;
    text.append(digits, start, start + first);
    for (int i = start + first; i < digits.length(); i += 3) {
      text.append(',').append(digits, i, i + 3);
    }
    return text.toString();
  }
}
