package org.recovery.nps.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps NPS values onto one direction of a chart: a linear scale from {@code min} to {@code max}
 * (multiples of a round {@code step}, inside −100..100) onto user units {@code from} to {@code to}
 * ({@code to} may be smaller, as on a vertical axis that grows upwards).
 *
 * @param min the lowest value shown
 * @param max the highest value shown
 * @param step the distance between ticks: 1, 2 or 5 times a power of ten
 * @param from the user-unit position of {@code min}
 * @param to the user-unit position of {@code max}
 */
record Axis(double min, double max, double step, double from, double to) {
  /**
   * The narrowest range shown, in NPS points, so that sampling noise does not look like a cliff.
   */
  private static final double MIN_SPAN = 10;

  /**
   * Fits an axis around the values from {@code low} to {@code high}, with a little room either
   * side, ending on ticks.
   */
  static Axis fit(double low, double high, double from, double to) {
    double span = Math.max(high - low, MIN_SPAN);
    double mid = (low + high) / 2;
    double lo = Math.max(-100, Math.min(low, mid - span / 2) - span * 0.05);
    double hi = Math.min(100, Math.max(high, mid + span / 2) + span * 0.05);
    double raw = (hi - lo) / 5;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double multiple =
        raw <= magnitude ? 1 : raw <= 2 * magnitude ? 2 : raw <= 5 * magnitude ? 5 : 10;
    double step = magnitude * multiple;
    double min = Math.max(-100, Math.floor(lo / step) * step);
    double max = Math.min(100, Math.ceil(hi / step) * step);
    return new Axis(min, max, step, from, to);
  }

  /** Returns the user-unit position of a value. */
  double at(double value) {
    return from + (value - min) / (max - min) * (to - from);
  }

  /** Returns the tick values from {@code min} to {@code max}. */
  List<Double> ticks() {
    List<Double> ticks = new ArrayList<>();
    for (long k = Math.round(Math.ceil(min / step - 1e-9)); k * step <= max + 1e-9; k++) {
      ticks.add(k * step);
    }
    return ticks;
  }
}
