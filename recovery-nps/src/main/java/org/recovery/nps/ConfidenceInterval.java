package org.recovery.nps;

/**
 * Holds a two-sided confidence interval on the NPS scale (−100..100, or −200..200 for a difference
 * of two scores). Always {@code low <= high}.
 *
 * @param level the confidence level, strictly between 0 and 1 (0.95 for 95%)
 * @param method how the interval was computed
 * @param low the lower bound
 * @param high the upper bound
 */
public record ConfidenceInterval(double level, IntervalMethod method, double low, double high) {

  /**
   * Validates the bounds.
   *
   * @param level the confidence level, strictly between 0 and 1 (0.95 for 95%)
   * @param method how the interval was computed
   * @param low the lower bound
   * @param high the upper bound
   * @throws IllegalArgumentException when the level is not in (0, 1) or {@code low > high}
   */
  public ConfidenceInterval {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException(
          "confidence level must be strictly between 0 and 1 but was " + level);
    }
    if (low > high) {
      throw new IllegalArgumentException(
          "confidence interval low must be <= high but was " + low + " > " + high);
    }
  }

  /**
   * Returns the distance between the bounds.
   *
   * @return {@code high - low}
   */
  public double width() {
    return high - low;
  }

  /**
   * Tells whether a value lies inside the interval, bounds included.
   *
   * @param value a value on the same scale
   * @return true when {@code low <= value <= high}
   */
  public boolean contains(double value) {
    return value >= low && value <= high;
  }

  /**
   * Tells whether two intervals share at least one value, bounds included.
   *
   * @param other an interval on the same scale
   * @return true when {@code low <= other.high() && other.low() <= high}
   */
  public boolean overlaps(ConfidenceInterval other) {
    return low <= other.high && other.low <= high;
  }
}
