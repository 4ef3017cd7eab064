package org.recovery.nps;

import java.io.Serializable;
import java.util.Objects;

/**
 * Configures how an {@link NpsResult} is estimated from its counts: the confidence level and
 * interval method, and the sample size below which a result is flagged small.
 *
 * <p>Immutable and thread-safe. Defaults: level 0.95, {@link IntervalMethod#ADJUSTED_WALD}, minimum
 * sample 30.
 *
 * @param level the confidence level, strictly between 0 and 1
 * @param method the interval method
 * @param minimumSample the (effective) number of responses below which a result is flagged small,
 *     at least 0
 * @serial exclude
 */
public record Estimation(double level, IntervalMethod method, int minimumSample)
    implements Serializable {

  private static final Estimation DEFAULTS = new Estimation(0.95, IntervalMethod.ADJUSTED_WALD, 30);

  /**
   * Validates the settings.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @param method the interval method
   * @param minimumSample the (effective) number of responses below which a result is flagged small,
   *     at least 0
   * @throws IllegalArgumentException naming the setting and its value
   */
  public Estimation {
    Objects.requireNonNull(method, "method");
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException(
          "confidence level must be strictly between 0 and 1 but was " + level);
    }
    if (minimumSample < 0) {
      throw new IllegalArgumentException("minimumSample must be >= 0 but was " + minimumSample);
    }
  }

  /**
   * Returns the defaults: 95% adjusted Wald, minimum sample 30.
   *
   * @return the default settings
   */
  public static Estimation defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a builder holding the defaults.
   *
   * @return a new builder
   */
  public static EstimationBuilder builder() {
    return new EstimationBuilder(DEFAULTS);
  }

  /**
   * Starts a builder holding these settings.
   *
   * @return a new builder
   */
  public EstimationBuilder toBuilder() {
    return new EstimationBuilder(this);
  }
}
