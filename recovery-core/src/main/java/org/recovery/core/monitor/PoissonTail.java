package org.recovery.core.monitor;

/** The upper tail of the Poisson distribution, for the complaint-volume monitor. */
final class PoissonTail {
  private static final double[] LANCZOS = {
    0.99999999999980993,
    676.5203681218851,
    -1259.1392167224028,
    771.32342877765313,
    -176.61502916214059,
    12.507343278686905,
    -0.13857109526572012,
    9.9843695780195716e-6,
    1.5056327351493116e-7
  };

  private PoissonTail() {}

  /**
   * Returns P(N &ge; n) for N ~ Poisson(mean).
   *
   * @param n the observed count, at least 0
   * @param mean the expected count, positive
   */
  static double atLeast(int n, double mean) {
    if (n <= 0) {
      return 1.0;
    }
    if (n <= mean) {
      // The lower sum is the accurate side when n is at or below the mean.
      double term = Math.exp(-mean);
      double below = 0.0;
      for (int k = 0; k < n; k++) {
        below += term;
        term *= mean / (k + 1);
      }
      return Math.max(0.0, Math.min(1.0, 1.0 - below));
    }
    double term = Math.exp(-mean + n * Math.log(mean) - logFactorial(n));
    double sum = 0.0;
    for (int k = n; term > sum * 1e-17 && k < n + 10_000; k++) {
      sum += term;
      term *= mean / (k + 1);
    }
    return Math.min(1.0, sum);
  }

  /** ln(n!) by the Lanczos approximation of the gamma function (g = 7). */
  static double logFactorial(int n) {
    double x = n + 1.0;
    double z = x - 1.0;
    double a = LANCZOS[0];
    double t = z + 7.5;
    for (int i = 1; i < LANCZOS.length; i++) {
      a += LANCZOS[i] / (z + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
  }
}
