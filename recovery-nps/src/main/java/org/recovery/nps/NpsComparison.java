package org.recovery.nps;

import java.util.Objects;
import org.recovery.nps.internal.Normal;

/**
 * Holds the comparison of two NPS results: the signed difference {@code first − second} with its
 * standard error √(varA/nA + varB/nB) (on the NPS scale), the standard score z = difference / SE,
 * the two-sided p-value and a Wald interval around the signed difference.
 *
 * <p>When both standard errors are 0, z is 0 for equal scores and ±infinity otherwise (p-value 1
 * and 0). Immutable and thread-safe.
 *
 * @param first the first result
 * @param second the second result
 * @param difference {@code first.nps() − second.nps()}, −200..200
 * @param standardError the standard error of the difference
 * @param z the standard score of the difference
 * @param pValue the two-sided p-value of "no difference"
 * @param confidenceInterval the interval around the signed difference
 */
public record NpsComparison(
    NpsResult first,
    NpsResult second,
    double difference,
    double standardError,
    double z,
    double pValue,
    ConfidenceInterval confidenceInterval) {

  /**
   * Validates the parts.
   *
   * @param first the first result
   * @param second the second result
   * @param difference {@code first.nps() − second.nps()}, −200..200
   * @param standardError the standard error of the difference
   * @param z the standard score of the difference
   * @param pValue the two-sided p-value of "no difference"
   * @param confidenceInterval the interval around the signed difference
   * @throws NullPointerException when a part is missing
   */
  public NpsComparison {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(confidenceInterval, "confidenceInterval");
  }

  /**
   * Compares two results.
   *
   * @param first the first result, not empty
   * @param second the second result, not empty
   * @param level the confidence level of the interval, strictly between 0 and 1
   * @return the comparison
   * @throws IllegalArgumentException when either result is empty or the level is out of range
   */
  public static NpsComparison of(NpsResult first, NpsResult second, double level) {
    if (first.isEmpty() || Double.isNaN(first.nps())) {
      throw new IllegalArgumentException("cannot compare: the first result has no responses");
    }
    if (second.isEmpty() || Double.isNaN(second.nps())) {
      throw new IllegalArgumentException("cannot compare: the second result has no responses");
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException(
          "confidence level must be strictly between 0 and 1 but was " + level);
    }
    double difference = first.nps() - second.nps();
    double se =
        100
            * Math.sqrt(
                first.variance() / first.effectiveResponses()
                    + second.variance() / second.effectiveResponses());
    double z;
    if (se == 0) {
      z = difference == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, difference);
    } else {
      z = difference / se;
    }
    double p = Normal.twoSidedPValue(z);
    double q = Normal.quantile((1 + level) / 2);
    double low = Math.max(-200, difference - q * se);
    double high = Math.min(200, difference + q * se);
    return new NpsComparison(
        first,
        second,
        difference,
        se,
        z,
        p,
        new ConfidenceInterval(level, IntervalMethod.WALD, low, high));
  }

  /**
   * Tells whether the difference is significant at a level: its p-value is below {@code 1 − level}.
   *
   * @param level the confidence level, for example 0.95
   * @return true when {@code pValue() < 1 − level}
   */
  public boolean isSignificant(double level) {
    return pValue < 1 - level;
  }

  /**
   * Tells whether the difference is significant at the level it was computed at, the level of
   * {@link #confidenceInterval()}: for the changes in a report, the report's confidence level.
   *
   * @return true when {@code pValue() < 1 − confidenceInterval().level()}
   */
  public boolean isSignificant() {
    return isSignificant(confidenceInterval.level());
  }
}
