package org.recovery.core.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class PoissonTailTest {

  /** P(N >= n) computed independently, as 1 minus the lower sum in 50-digit decimals. */
  private static double reference(int n, double mean) {
    MathContext mc = new MathContext(50);
    BigDecimal m = new BigDecimal(mean);
    BigDecimal term = new BigDecimal(Math.exp(-mean));
    BigDecimal below = BigDecimal.ZERO;
    for (int k = 0; k < n; k++) {
      below = below.add(term, mc);
      term = term.multiply(m, mc).divide(BigDecimal.valueOf(k + 1), mc);
    }
    return BigDecimal.ONE.subtract(below, mc).doubleValue();
  }

  @Test
  void knownValuesMatch() {
    assertThat(PoissonTail.atLeast(0, 3.0)).isEqualTo(1.0);
    assertThat(PoissonTail.atLeast(1, 2.0)).isCloseTo(1 - Math.exp(-2), within(1e-12));
    assertThat(PoissonTail.atLeast(5, 0.7)).isCloseTo(7.94e-4, within(1e-5));
  }

  @Test
  void upperTailMatchesAnIndependentComputation() {
    qt().withExamples(300)
        .forAll(integers().between(0, 60), doubles().between(0.05, 40.0))
        .checkAssert(
            (n, mean) -> {
              double expected = reference(n, mean);
              assertThat(PoissonTail.atLeast(n, mean))
                  .isCloseTo(expected, within(1e-9 + 1e-6 * expected));
            });
  }

  @Test
  void logFactorialIsAccurate() {
    double exact = 0;
    for (int n = 1; n <= 170; n++) {
      exact += Math.log(n);
      assertThat(PoissonTail.logFactorial(n)).isCloseTo(exact, within(1e-9 * Math.max(1, exact)));
    }
  }
}
