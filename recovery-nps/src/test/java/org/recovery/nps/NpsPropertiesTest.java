package org.recovery.nps;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class NpsPropertiesTest {
  private static final Gen<List<Integer>> SCORES =
      lists().of(integers().between(0, 10)).ofSizeBetween(0, 60);

  private static final Gen<List<Integer>> NON_EMPTY =
      lists().of(integers().between(0, 10)).ofSizeBetween(1, 60);

  // Weights are multiples of 1/4 (quarters + 1, so never 0) so that sums are exact in binary
  // floating point.
  private static final Gen<List<Integer>> QUARTER_WEIGHTS =
      lists().of(integers().between(0, 40)).ofSizeBetween(0, 60);

  private static NpsAccumulator accumulate(List<Integer> scores, List<Integer> quarters) {
    NpsAccumulator acc = NpsAccumulator.create();
    for (int i = 0; i < scores.size(); i++) {
      if (i < quarters.size()) {
        acc.add(scores.get(i), (quarters.get(i) + 1) / 4.0);
      } else {
        acc.add(scores.get(i));
      }
    }
    return acc;
  }

  private static boolean close(double a, double b) {
    return (Double.isNaN(a) && Double.isNaN(b))
        || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  }

  @Test
  void scoreAndStandardErrorMatchABruteForceComputation() {
    qt().withExamples(300)
        .forAll(SCORES)
        .check(
            scores -> {
              NpsResult r = accumulate(scores, List.of()).result();
              // Independent: mean and population variance of per-response values +1/0/-1.
              double n = scores.size();
              double sum = 0;
              for (int s : scores) {
                sum += s >= 9 ? 1 : s <= 6 ? -1 : 0;
              }
              double mean = sum / n;
              double sq = 0;
              for (int s : scores) {
                double v = (s >= 9 ? 1 : s <= 6 ? -1 : 0) - mean;
                sq += v * v;
              }
              double variance = sq / n;
              return scores.isEmpty()
                  ? Double.isNaN(r.nps())
                  : close(r.nps(), 100 * mean)
                      && close(r.variance(), variance)
                      && close(r.standardError(), 100 * Math.sqrt(variance / n))
                      && r.responses() == scores.size();
            });
  }

  @Test
  void scoreAndIntervalStayOnTheScale() {
    qt().withExamples(300)
        .forAll(SCORES, doubles().between(0.5, 0.999), integers().between(0, 1))
        .check(
            (scores, level, method) -> {
              Estimation e =
                  Estimation.builder().level(level).method(IntervalMethod.values()[method]).build();
              NpsResult r = accumulate(scores, List.of()).result(e);
              if (scores.isEmpty()) {
                return r.confidenceInterval().isEmpty();
              }
              ConfidenceInterval ci = r.confidenceInterval().orElseThrow();
              return ci.low() <= ci.high()
                  && ci.low() >= -100
                  && ci.high() <= 100
                  && r.nps() >= -100
                  && r.nps() <= 100;
            });
  }

  @Test
  void weightedResultsAreNeverNanOrInfiniteForAnyAcceptedWeight() {
    Gen<Double> weight =
        doubles()
            .between(NpsAccumulator.MIN_WEIGHT, NpsAccumulator.MAX_WEIGHT)
            .mix(
                integers()
                    .between(0, 1)
                    .map(i -> i == 0 ? NpsAccumulator.MIN_WEIGHT : NpsAccumulator.MAX_WEIGHT),
                30);
    qt().withExamples(300)
        .forAll(NON_EMPTY, lists().of(weight).ofSizeBetween(1, 60), integers().between(0, 1))
        .check(
            (scores, weights, method) -> {
              NpsAccumulator acc = NpsAccumulator.create();
              for (int i = 0; i < scores.size(); i++) {
                acc.add(scores.get(i), weights.get(i % weights.size()));
              }
              NpsResult r =
                  acc.result(Estimation.builder().method(IntervalMethod.values()[method]).build());
              ConfidenceInterval ci = r.confidenceInterval().orElseThrow();
              return Double.isFinite(r.nps())
                  && Double.isFinite(r.standardError())
                  && Double.isFinite(r.variance())
                  && Double.isFinite(r.effectiveResponses())
                  && r.effectiveResponses() > 0
                  && Double.isFinite(ci.low())
                  && Double.isFinite(ci.high())
                  && !r.smallSample() == (r.effectiveResponses() >= 30);
            });
  }

  @Test
  void mergingEqualsOnePass() {
    qt().withExamples(300)
        .forAll(SCORES, QUARTER_WEIGHTS, integers().between(0, 60))
        .check(
            (scores, weights, cut) -> {
              int c = Math.min(cut, scores.size());
              NpsAccumulator whole = accumulate(scores, weights);
              NpsAccumulator left =
                  accumulate(scores.subList(0, c), weights.subList(0, Math.min(c, weights.size())));
              NpsAccumulator right =
                  accumulate(
                      scores.subList(c, scores.size()),
                      c < weights.size() ? weights.subList(c, weights.size()) : List.of());
              return left.copy().merge(right).equals(whole)
                  && right.copy().merge(left).equals(whole);
            });
  }

  @Test
  void mergingIsAssociativeAndCommutative() {
    qt().withExamples(200)
        .forAll(SCORES, SCORES, SCORES)
        .check(
            (a, b, c) -> {
              NpsAccumulator x = accumulate(a, a);
              NpsAccumulator y = accumulate(b, List.of());
              NpsAccumulator z = accumulate(c, c);
              NpsAccumulator left = x.copy().merge(y).merge(z);
              NpsAccumulator right = x.copy().merge(y.copy().merge(z));
              return left.equals(right) && x.copy().merge(y).equals(y.copy().merge(x));
            });
  }

  @Test
  void comparisonIsAntisymmetric() {
    qt().withExamples(200)
        .forAll(NON_EMPTY, NON_EMPTY)
        .check(
            (a, b) -> {
              NpsResult ra = accumulate(a, List.of()).result();
              NpsResult rb = accumulate(b, List.of()).result();
              NpsComparison ab = NpsResult.compare(ra, rb);
              NpsComparison ba = NpsResult.compare(rb, ra);
              return close(ab.difference(), -ba.difference())
                  && close(ab.standardError(), ba.standardError())
                  && close(ab.pValue(), ba.pValue())
                  && ab.confidenceInterval().low() <= ab.confidenceInterval().high()
                  && ab.pValue() >= 0
                  && ab.pValue() <= 1;
            });
  }

  /** A scale built from a start and three group widths, so every generated scale is valid. */
  private static NpsScale scale(List<Integer> shape) {
    int d = shape.get(0);
    int p = d + shape.get(1);
    int q = p + 1 + shape.get(2);
    return NpsScale.of(d, p, p + 1, q, q + 1, q + 1 + shape.get(3));
  }

  @Test
  void scalesAreEqualExactlyWhenAllSixBoundsAre() {
    Gen<List<Integer>> shapes = lists().of(integers().between(0, 2)).ofSize(4);
    qt().withExamples(500)
        .forAll(shapes, shapes)
        .check(
            (a, b) -> {
              NpsScale x = scale(a);
              NpsScale y = scale(b);
              boolean sameBounds =
                  x.detractorsLow() == y.detractorsLow()
                      && x.detractorsHigh() == y.detractorsHigh()
                      && x.passivesLow() == y.passivesLow()
                      && x.passivesHigh() == y.passivesHigh()
                      && x.promotersLow() == y.promotersLow()
                      && x.promotersHigh() == y.promotersHigh();
              return x.equals(y) == sameBounds
                  && y.equals(x) == sameBounds
                  && x.equals(scale(a))
                  && (!sameBounds || x.hashCode() == y.hashCode())
                  && !x.equals(null)
                  && !x.equals((Object) x.toString());
            });
  }
}
