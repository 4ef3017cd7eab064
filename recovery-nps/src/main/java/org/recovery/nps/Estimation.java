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
 */
public record Estimation(double level, IntervalMethod method, int minimumSample)
    implements Serializable {

  private static final Estimation DEFAULTS = new Estimation(0.95, IntervalMethod.ADJUSTED_WALD, 30);

  /**
   * Validates the settings.
   *
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
  public static Builder builder() {
    return new Builder(DEFAULTS);
  }

  /**
   * Starts a builder holding these settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link Estimation} settings; not thread-safe. */
  public static final class Builder {
    private double level;
    private IntervalMethod method;
    private int minimumSample;

    private Builder(Estimation from) {
      this.level = from.level;
      this.method = from.method;
      this.minimumSample = from.minimumSample;
    }

    /**
     * Sets the confidence level.
     *
     * @param level strictly between 0 and 1; default 0.95
     * @return this builder
     */
    public Builder level(double level) {
      this.level = level;
      return this;
    }

    /**
     * Sets the interval method.
     *
     * @param method the method; default {@link IntervalMethod#ADJUSTED_WALD}
     * @return this builder
     */
    public Builder method(IntervalMethod method) {
      this.method = Objects.requireNonNull(method, "method");
      return this;
    }

    /**
     * Sets the sample size below which results are flagged small.
     *
     * @param minimumSample at least 0; default 30
     * @return this builder
     */
    public Builder minimumSample(int minimumSample) {
      this.minimumSample = minimumSample;
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the validated settings
     * @throws IllegalArgumentException when a setting is out of range
     */
    public Estimation build() {
      return new Estimation(level, method, minimumSample);
    }
  }
}
