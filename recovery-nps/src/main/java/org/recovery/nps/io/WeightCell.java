package org.recovery.nps.io;

import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.recovery.nps.NpsAccumulator;

/**
 * Reads one weight cell of a survey export by the readers' weight rule, so a host that finds the
 * cells with another parser (a Spark job, a database) weighs and rejects responses exactly as
 * {@link SurveyReader} does: after trimming spaces and tabs, a decimal {@code
 * [+]?digits[.digits][e[+-]digits]} from {@link NpsAccumulator#MIN_WEIGHT 1e-6} to {@link
 * NpsAccumulator#MAX_WEIGHT 1e6}. Anything else (blank, 0, negative, {@code NaN}, {@code 5e300}) is
 * a {@code BAD_WEIGHT} rejection.
 *
 * <pre>{@code
 * WeightCell.parse(" 1.5 ");   // OptionalDouble[1.5]
 * WeightCell.parse("0");       // OptionalDouble.empty: rejected as BAD_WEIGHT
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class WeightCell {
  private static final Pattern DECIMAL =
      Pattern.compile("\\+?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

  private WeightCell() {}

  /**
   * Reads a weight cell.
   *
   * @param text the cell's text after CSV unquoting; a missing cell is the empty text
   * @return the weight, or empty when the row is rejected as {@code BAD_WEIGHT}
   */
  public static OptionalDouble parse(String text) {
    String t = RowInterpreter.segmentValue(text);
    if (!DECIMAL.matcher(t).matches()) {
      return OptionalDouble.empty();
    }
    double weight = Double.parseDouble(t);
    return NpsAccumulator.isValidWeight(weight)
        ? OptionalDouble.of(weight)
        : OptionalDouble.empty();
  }
}
