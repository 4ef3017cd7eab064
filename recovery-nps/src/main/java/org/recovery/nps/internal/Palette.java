package org.recovery.nps.internal;

/**
 * Names the report's colours, taken from the Okabe–Ito palette so that readers with red–green
 * colour blindness tell them apart; meaning is never carried by colour alone (shapes, dashes and
 * text say it too).
 */
final class Palette {
  /** Promoters: blue. */
  static final String PROMOTER = "#0072B2";

  /** Passives: light grey. */
  static final String PASSIVE = "#C9C9C9";

  /** Detractors: orange. */
  static final String DETRACTOR = "#E69F00";

  /** The NPS points and the line through them: dark blue. */
  static final String SCORE = "#1B4F8A";

  /** The confidence interval: sky blue. */
  static final String INTERVAL = "#56B4E9";

  /** A significant change: vermillion, drawn thick and ringed. */
  static final String SIGNIFICANT = "#D55E00";

  /** Grid lines. */
  static final String GRID = "#E3E3E3";

  /** The zero line and the overall reference: dark grey. */
  static final String REFERENCE = "#555555";

  private Palette() {}
}
