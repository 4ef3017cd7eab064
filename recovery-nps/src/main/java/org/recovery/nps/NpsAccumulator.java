package org.recovery.nps;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * Counts scores on an {@link NpsScale}, optionally weighted, and turns the counts into an {@link
 * NpsResult}.
 *
 * <p>Accumulators merge: {@code a.merge(b)} adds b's counts to a. Merging is associative and
 * commutative and merging the accumulators of the parts of a data set equals one pass over all of
 * it, so work splits across threads (one accumulator each, merged at the end) and across machines
 * (the accumulator is {@link Serializable}). Counts are exact longs; weight sums are doubles, so
 * with weights that are not integers (or other binary fractions) merges agree up to floating-point
 * rounding only.
 *
 * <p>Not thread-safe: confine each instance to one thread, or merge per-thread accumulators.
 */
public final class NpsAccumulator implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The smallest weight a response may carry, {@value}. Below it the square of a weight can round
   * to 0 and the effective sample size would become infinite.
   */
  public static final double MIN_WEIGHT = 1e-6;

  /**
   * The largest weight a response may carry, {@value}. With weights in {@link #MIN_WEIGHT}..{@link
   * #MAX_WEIGHT} every weight sum and sum of squares stays finite and positive for any number of
   * responses a {@code long} can count, so every result of a non-empty accumulator is finite.
   */
  public static final double MAX_WEIGHT = 1e6;

  /** The scale that classifies each score. */
  private final NpsScale scale;

  /** Responses per group: detractors, passives, promoters. */
  private final long[] counts = new long[3];

  /** Summed weights per group: detractors, passives, promoters. */
  private final double[] weights = new double[3];

  /** The sum of squared weights, for Kish's effective sample size. */
  private double sumSquaredWeights;

  private NpsAccumulator(NpsScale scale) {
    this.scale = Objects.requireNonNull(scale, "scale");
  }

  /**
   * Creates an empty accumulator on the default 0-10 scale.
   *
   * @return a new accumulator
   */
  public static NpsAccumulator create() {
    return new NpsAccumulator(NpsScale.defaults());
  }

  /**
   * Creates an empty accumulator on a scale.
   *
   * @param scale the scale scores are classified on
   * @return a new accumulator
   */
  public static NpsAccumulator create(NpsScale scale) {
    return new NpsAccumulator(scale);
  }

  /**
   * Returns the scale scores are classified on.
   *
   * @return the scale
   */
  public NpsScale scale() {
    return scale;
  }

  /**
   * Counts one response with weight 1.
   *
   * @param score a score on the scale
   * @return this accumulator
   * @throws IllegalArgumentException when the score is off the scale
   */
  public NpsAccumulator add(int score) {
    int group = scale.categorize(score).ordinal();
    counts[group]++;
    weights[group] += 1.0;
    sumSquaredWeights += 1.0;
    return this;
  }

  /**
   * Counts one weighted response.
   *
   * @param score a score on the scale
   * @param weight the response's weight, from {@link #MIN_WEIGHT} to {@link #MAX_WEIGHT}
   * @return this accumulator
   * @throws IllegalArgumentException when the score is off the scale or the weight is outside
   *     {@link #MIN_WEIGHT}..{@link #MAX_WEIGHT} (zero, negative, NaN, infinite or too large)
   */
  public NpsAccumulator add(int score, double weight) {
    if (!isValidWeight(weight)) {
      throw new IllegalArgumentException(
          "weight must be a number from "
              + MIN_WEIGHT
              + " to "
              + MAX_WEIGHT
              + " but was "
              + weight);
    }
    int group = scale.categorize(score).ordinal();
    counts[group]++;
    weights[group] += weight;
    sumSquaredWeights += weight * weight;
    return this;
  }

  /**
   * Tells whether a response may carry a weight.
   *
   * @param weight a weight
   * @return true when {@code MIN_WEIGHT <= weight <= MAX_WEIGHT} (so never for NaN)
   */
  public static boolean isValidWeight(double weight) {
    return weight >= MIN_WEIGHT && weight <= MAX_WEIGHT;
  }

  /**
   * Adds another accumulator's counts to this one; the other is left unchanged.
   *
   * @param other an accumulator on the same scale
   * @return this accumulator
   * @throws IllegalArgumentException when the scales differ
   */
  public NpsAccumulator merge(NpsAccumulator other) {
    if (!scale.equals(other.scale)) {
      throw new IllegalArgumentException(
          "cannot merge accumulators on different scales: " + scale + " and " + other.scale);
    }
    for (int i = 0; i < 3; i++) {
      counts[i] += other.counts[i];
      weights[i] += other.weights[i];
    }
    sumSquaredWeights += other.sumSquaredWeights;
    return this;
  }

  /**
   * Returns an independent copy of this accumulator.
   *
   * @return a new accumulator with the same counts
   */
  public NpsAccumulator copy() {
    return new NpsAccumulator(scale).merge(this);
  }

  /**
   * Returns the number of responses counted.
   *
   * @return the count, at least 0
   */
  public long responses() {
    return counts[0] + counts[1] + counts[2];
  }

  /**
   * Returns the number of responses counted in a group.
   *
   * @param category the group
   * @return the count, at least 0
   */
  public long count(NpsCategory category) {
    return counts[category.ordinal()];
  }

  /**
   * Computes the result with the default {@link Estimation}.
   *
   * @return the result of the counts so far
   */
  public NpsResult result() {
    return result(Estimation.defaults());
  }

  /**
   * Computes the result.
   *
   * @param estimation the interval settings
   * @return the result of the counts so far
   */
  public NpsResult result(Estimation estimation) {
    return NpsResult.of(
        counts[2],
        counts[1],
        counts[0],
        weights[2],
        weights[1],
        weights[0],
        sumSquaredWeights,
        estimation);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NpsAccumulator other
        && scale.equals(other.scale)
        && Arrays.equals(counts, other.counts)
        && Arrays.equals(weights, other.weights)
        && Double.compare(sumSquaredWeights, other.sumSquaredWeights) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        scale, Arrays.hashCode(counts), Arrays.hashCode(weights), sumSquaredWeights);
  }

  @Override
  public String toString() {
    return "NpsAccumulator[detractors="
        + counts[0]
        + ", passives="
        + counts[1]
        + ", promoters="
        + counts[2]
        + "]";
  }
}
