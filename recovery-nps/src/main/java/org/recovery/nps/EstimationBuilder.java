package org.recovery.nps;

import java.util.Objects;

/** Builds {@link Estimation} settings; not thread-safe. */
public final class EstimationBuilder {
  private double level;
  private IntervalMethod method;
  private int minimumSample;

  EstimationBuilder(Estimation from) {
    this.level = from.level();
    this.method = from.method();
    this.minimumSample = from.minimumSample();
  }

  /**
   * Sets the confidence level.
   *
   * @param level strictly between 0 and 1; default 0.95
   * @return this builder
   */
  public EstimationBuilder level(double level) {
    this.level = level;
    return this;
  }

  /**
   * Sets the interval method.
   *
   * @param method the method; default {@link IntervalMethod#ADJUSTED_WALD}
   * @return this builder
   */
  public EstimationBuilder method(IntervalMethod method) {
    this.method = Objects.requireNonNull(method, "method");
    return this;
  }

  /**
   * Sets the sample size below which results are flagged small.
   *
   * @param minimumSample at least 0; default 30
   * @return this builder
   */
  public EstimationBuilder minimumSample(int minimumSample) {
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
