package org.recovery.nps;

import java.util.Objects;
import java.util.Optional;
import org.recovery.nps.internal.Normal;

/**
 * Holds a Net Promoter Score with its uncertainty.
 *
 * <p>Counts are exact numbers of responses. Shares, the score and its uncertainty use the response
 * weights (all 1 unless a weight was given). With shares pP and pD of promoters and detractors:
 *
 * <ul>
 *   <li>{@code nps} = 100·(pP − pD), on −100..100, unrounded;
 *   <li>{@code variance} = pP + pD − (pP − pD)², per response, on the 0..1 share scale;
 *   <li>{@code standardError} = 100·√(variance / n), on the −100..100 scale;
 *   <li>n is the effective number of responses, Kish's (Σw)² / Σw², which equals the number of
 *       responses when every weight is 1.
 * </ul>
 *
 * <p>An empty result (no responses) has {@code NaN} shares, score, variance and standard error and
 * no confidence interval: {@link #confidenceInterval()} is empty exactly when {@link #isEmpty()}
 * (JSON writes {@code "confidenceInterval": null}). A non-empty result's numbers are always finite
 * (weights are limited to {@link NpsAccumulator#MIN_WEIGHT}..{@link NpsAccumulator#MAX_WEIGHT}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param responses number of responses counted
 * @param promoters number of promoters
 * @param passives number of passives
 * @param detractors number of detractors
 * @param promoterShare weighted share of promoters, 0..1
 * @param passiveShare weighted share of passives, 0..1
 * @param detractorShare weighted share of detractors, 0..1
 * @param nps the score, −100..100
 * @param variance the per-response variance of the score on the share scale
 * @param standardError the standard error of the score on the −100..100 scale
 * @param effectiveResponses the effective sample size n used for the standard error
 * @param confidenceInterval the interval around the score; empty when there are no responses
 * @param smallSample true when the effective sample size is below the configured minimum
 */
public record NpsResult(
    long responses,
    long promoters,
    long passives,
    long detractors,
    double promoterShare,
    double passiveShare,
    double detractorShare,
    double nps,
    double variance,
    double standardError,
    double effectiveResponses,
    Optional<ConfidenceInterval> confidenceInterval,
    boolean smallSample) {

  /**
   * Validates the counts.
   *
   * @param responses number of responses counted
   * @param promoters number of promoters
   * @param passives number of passives
   * @param detractors number of detractors
   * @param promoterShare weighted share of promoters, 0..1
   * @param passiveShare weighted share of passives, 0..1
   * @param detractorShare weighted share of detractors, 0..1
   * @param nps the score, −100..100
   * @param variance the per-response variance of the score on the share scale
   * @param standardError the standard error of the score on the −100..100 scale
   * @param effectiveResponses the effective sample size n used for the standard error
   * @param confidenceInterval the interval around the score; empty when there are no responses
   * @param smallSample true when the effective sample size is below the configured minimum
   * @throws IllegalArgumentException when a count is negative, the groups do not add up, or an
   *     interval is given for no responses or missing for some
   */
  public NpsResult {
    Objects.requireNonNull(confidenceInterval, "confidenceInterval");
    if (promoters < 0 || passives < 0 || detractors < 0) {
      throw new IllegalArgumentException(
          "counts must be >= 0 but were promoters "
              + promoters
              + ", passives "
              + passives
              + ", detractors "
              + detractors);
    }
    if (responses != promoters + passives + detractors) {
      throw new IllegalArgumentException(
          "responses must equal promoters + passives + detractors but was "
              + responses
              + " != "
              + (promoters + passives + detractors));
    }
    if ((responses == 0) != confidenceInterval.isEmpty()) {
      throw new IllegalArgumentException(
          "confidenceInterval must be absent exactly when there are no responses but was "
              + confidenceInterval
              + " for "
              + responses
              + " responses");
    }
  }

  /**
   * Computes the result of unweighted counts with the default {@link Estimation}.
   *
   * @param promoters number of promoters, at least 0
   * @param passives number of passives, at least 0
   * @param detractors number of detractors, at least 0
   * @return the result
   */
  public static NpsResult of(long promoters, long passives, long detractors) {
    return of(promoters, passives, detractors, Estimation.defaults());
  }

  /**
   * Computes the result of unweighted counts.
   *
   * @param promoters number of promoters, at least 0
   * @param passives number of passives, at least 0
   * @param detractors number of detractors, at least 0
   * @param estimation the interval settings
   * @return the result
   */
  public static NpsResult of(
      long promoters, long passives, long detractors, Estimation estimation) {
    return of(
        promoters,
        passives,
        detractors,
        promoters,
        passives,
        detractors,
        (double) promoters + passives + detractors,
        estimation);
  }

  /**
   * Computes the result of weighted counts, exactly as an {@link NpsAccumulator} holding the same
   * sums would: for hosts that keep the sums themselves (one row per segment in flat arrays, a
   * distributed aggregation).
   *
   * @param promoters number of promoters, at least 0
   * @param passives number of passives, at least 0
   * @param detractors number of detractors, at least 0
   * @param promoterWeight the summed weights of the promoters
   * @param passiveWeight the summed weights of the passives
   * @param detractorWeight the summed weights of the detractors
   * @param sumSquaredWeights the sum of the squared weights of all responses
   * @param estimation the interval settings
   * @return the result
   * @throws IllegalStateException when there are responses but the weight sums are not finite and
   *     positive
   */
  public static NpsResult of(
      long promoters,
      long passives,
      long detractors,
      double promoterWeight,
      double passiveWeight,
      double detractorWeight,
      double sumSquaredWeights,
      Estimation estimation) {
    double total = promoterWeight + passiveWeight + detractorWeight;
    long responses = promoters + passives + detractors;
    double z = Normal.quantile((1 + estimation.level()) / 2);
    if (responses == 0) {
      return new NpsResult(
          responses,
          promoters,
          passives,
          detractors,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          0,
          Optional.empty(),
          estimation.minimumSample() > 0);
    }
    if (!Double.isFinite(total)
        || !(sumSquaredWeights > 0)
        || !Double.isFinite(sumSquaredWeights)) {
      throw new IllegalStateException(
          "weight sums must be finite and > 0 but were total "
              + total
              + ", sum of squares "
              + sumSquaredWeights);
    }
    // When every weight is 1, the sum of squares equals the sum: n is exact, no rounding. Dividing
    // before multiplying keeps (Σw)² from overflowing.
    double n = sumSquaredWeights == total ? total : total * (total / sumSquaredWeights);
    double pP = promoterWeight / total;
    double pA = passiveWeight / total;
    double pD = detractorWeight / total;
    double diff = pP - pD;
    double variance = Math.max(0.0, pP + pD - diff * diff);
    double se = 100 * Math.sqrt(variance / n);
    double nps = 100 * diff;
    ConfidenceInterval interval;
    if (estimation.method() == IntervalMethod.WALD) {
      interval =
          new ConfidenceInterval(
              estimation.level(), IntervalMethod.WALD, clip(nps - z * se), clip(nps + z * se));
    } else {
      double scale = n == total ? 1.0 : n / total;
      interval =
          adjustedWald(promoterWeight * scale, detractorWeight * scale, n, z, estimation.level());
    }
    return new NpsResult(
        responses,
        promoters,
        passives,
        detractors,
        pP,
        pA,
        pD,
        nps,
        variance,
        se,
        n,
        Optional.of(interval),
        n < estimation.minimumSample());
  }

  private static ConfidenceInterval adjustedWald(
      double promoters, double detractors, double n, double z, double level) {
    double n2 = n + 3;
    double pP = (promoters + 0.75) / n2;
    double pD = (detractors + 0.75) / n2;
    double diff = pP - pD;
    double variance = Math.max(0.0, pP + pD - diff * diff);
    double se = 100 * Math.sqrt(variance / n2);
    double centre = 100 * diff;
    return new ConfidenceInterval(
        level, IntervalMethod.ADJUSTED_WALD, clip(centre - z * se), clip(centre + z * se));
  }

  private static double clip(double value) {
    return Math.max(-100, Math.min(100, value));
  }

  /**
   * Tells whether the result counts no responses.
   *
   * @return true when {@code responses() == 0}
   */
  public boolean isEmpty() {
    return responses == 0;
  }

  /**
   * Compares two results at the confidence level of the first: the signed difference {@code a − b},
   * its standard error √(varA/nA + varB/nB) on the NPS scale, z, the two-sided p-value and a Wald
   * interval around the signed difference (clipped to −200..200).
   *
   * @param a the first result, not empty
   * @param b the second result, not empty
   * @return the comparison
   * @throws IllegalArgumentException when either result is empty
   */
  public static NpsComparison compare(NpsResult a, NpsResult b) {
    // An empty a fails in NpsComparison.of; the default level only stands in for its absent one.
    return NpsComparison.of(
        a,
        b,
        a.confidenceInterval()
            .map(ConfidenceInterval::level)
            .orElse(Estimation.defaults().level()));
  }
}
