package org.recovery.nps.internal;

/**
 * Computes the standard normal distribution: complementary error function, cumulative distribution
 * and its inverse, to close to double precision.
 *
 * <p>{@link #erfc(double)} uses the Maclaurin series of erf for |x| &lt; 1 (at most a digit lost to
 * cancellation there) and the Laplace continued fraction, evaluated with the modified Lentz method,
 * beyond it. {@link #quantile(double)} starts from Acklam's rational approximation (relative error
 * 1.15e-9) and refines it with one Halley step against {@link #cdf(double)}.
 */
public final class Normal {
  private static final double SQRT_PI = Math.sqrt(Math.PI);
  private static final double SQRT_2 = Math.sqrt(2.0);
  private static final double SQRT_2PI = Math.sqrt(2.0 * Math.PI);

  private static final double[] A = {
    -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
    1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00
  };
  private static final double[] B = {
    -5.447609879822406e+01,
    1.615858368580409e+02,
    -1.556989798598866e+02,
    6.680131188771972e+01,
    -1.328068155288572e+01
  };
  private static final double[] C = {
    -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
    -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00
  };
  private static final double[] D = {
    7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
  };

  private Normal() {}

  /**
   * Computes the complementary error function erfc(x) = 1 - erf(x).
   *
   * @param x any real number
   * @return erfc(x), in [0, 2]
   */
  public static double erfc(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x < 0) {
      return 2.0 - erfc(-x);
    }
    if (x < 1.0) {
      return 1.0 - erfSeries(x);
    }
    if (x > 27.3) {
      return 0.0;
    }
    return Math.exp(-x * x) / SQRT_PI * continuedFraction(x);
  }

  private static double erfSeries(double x) {
    // erf(x) = 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1))
    double x2 = x * x;
    double term = x;
    double sum = x;
    for (int n = 1; n < 100; n++) {
      term *= -x2 / n;
      double add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) {
        break;
      }
    }
    return 2.0 / SQRT_PI * sum;
  }

  // 1 / (x + (1/2) / (x + 1 / (x + (3/2) / (x + 2 / (x + ...))))), modified Lentz.
  private static double continuedFraction(double x) {
    double tiny = 1e-300;
    double f = x;
    double c = x;
    double d = 0.0;
    for (int k = 1; k < 5000; k++) {
      double a = k / 2.0;
      d = x + a * d;
      if (d == 0.0) {
        d = tiny;
      }
      c = x + a / c;
      if (c == 0.0) {
        c = tiny;
      }
      d = 1.0 / d;
      double delta = c * d;
      f *= delta;
      if (Math.abs(delta - 1.0) < 1e-16) {
        break;
      }
    }
    return 1.0 / f;
  }

  /**
   * Computes the standard normal cumulative distribution function.
   *
   * @param z a standard score
   * @return P(Z &lt;= z)
   */
  public static double cdf(double z) {
    return 0.5 * erfc(-z / SQRT_2);
  }

  /**
   * Computes the two-sided p-value of a standard score: P(|Z| &gt;= |z|).
   *
   * @param z a standard score
   * @return the p-value in [0, 1]
   */
  public static double twoSidedPValue(double z) {
    return Math.min(1.0, erfc(Math.abs(z) / SQRT_2));
  }

  /**
   * Computes the inverse of the standard normal cumulative distribution function.
   *
   * @param p a probability strictly between 0 and 1
   * @return z with P(Z &lt;= z) = p
   * @throws IllegalArgumentException when p is not strictly between 0 and 1
   */
  public static double quantile(double p) {
    if (!(p > 0.0 && p < 1.0)) {
      throw new IllegalArgumentException("p must be strictly between 0 and 1 but was " + p);
    }
    double pLow = 0.02425;
    double x;
    if (p < pLow) {
      double q = Math.sqrt(-2 * Math.log(p));
      x =
          (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
              / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    } else if (p <= 1 - pLow) {
      double q = p - 0.5;
      double r = q * q;
      x =
          (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5])
              * q
              / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    } else {
      double q = Math.sqrt(-2 * Math.log1p(-p));
      x =
          -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
              / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    }
    // One Halley step against the accurate cdf; in the upper tail work with 1 - p to keep digits.
    double e = x > 0 ? (1.0 - p) - 0.5 * erfc(x / SQRT_2) : cdf(x) - p;
    double u = e * SQRT_2PI * Math.exp(x * x / 2);
    return x - u / (1 + x * u / 2);
  }
}
