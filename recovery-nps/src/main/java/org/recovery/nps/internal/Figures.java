package org.recovery.nps.internal;

import java.util.Locale;

/** Writes the numbers of a report the same way in its sentences, charts and tables. */
final class Figures {
  private Figures() {}

  /** Writes a score with one decimal, or a dash when it is undefined. */
  static String score(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.1f", value) : "–";
  }

  /** Writes a change with its sign and one decimal. */
  static String signed(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%+.1f", value) : "–";
  }

  /** Writes a count with thousands separators. */
  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** Writes a confidence level as a percentage: 95%, 97.5%. */
  static String level(double level) {
    double percent = level * 100;
    return Math.abs(percent - Math.rint(percent)) < 1e-9
        ? String.format(Locale.ROOT, "%.0f%%", percent)
        : String.format(Locale.ROOT, "%s%%", Double.toString(percent).replaceAll("0+$", ""));
  }

  /** Writes a p-value with three significant figures, or an upper bound when it is tiny. */
  static String pValue(double p) {
    return p < 0.001 ? "&lt; 0.001" : String.format(Locale.ROOT, "%.3f", p);
  }

  /** Writes a coordinate in user units. */
  static String px(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
