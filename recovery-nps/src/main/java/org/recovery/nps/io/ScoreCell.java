package org.recovery.nps.io;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.recovery.nps.NpsScale;
import org.recovery.nps.RejectionReason;

/**
 * Holds what one score cell of a survey export means: a score on the scale, or the reason the row
 * is rejected. {@link #parse} applies exactly the score grammar of {@link SurveyReader} (trim
 * spaces and tabs; {@code BLANK}, {@code NOT_A_NUMBER}, {@code NOT_AN_INTEGER}, {@code
 * OUT_OF_RANGE}), so a host that finds the cells with another parser — a Spark job, a database —
 * counts and rejects responses exactly as the readers do.
 *
 * <pre>{@code
 * ScoreCell cell = ScoreCell.parse(" 9.0 ", NpsScale.defaults());   // score 9
 * ScoreCell.parse("n/a", NpsScale.defaults()).rejection();           // Optional[BLANK]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param score the score, present exactly when the cell is accepted
 * @param rejection why the cell is rejected, present exactly when there is no score
 */
public record ScoreCell(OptionalInt score, Optional<RejectionReason> rejection) {

  /**
   * Checks that exactly one of the parts is present and that the reason is a score reason.
   *
   * @param score the score, present exactly when the cell is accepted
   * @param rejection why the cell is rejected, present exactly when there is no score
   * @throws IllegalArgumentException when both or neither are present, or the reason is not one of
   *     {@code BLANK}, {@code NOT_A_NUMBER}, {@code NOT_AN_INTEGER}, {@code OUT_OF_RANGE}
   */
  public ScoreCell {
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(rejection, "rejection");
    if (score.isPresent() == rejection.isPresent()) {
      throw new IllegalArgumentException(
          "a score cell must hold either a score or a rejection but held score "
              + score
              + " and rejection "
              + rejection);
    }
    if (rejection.isPresent() && !isScoreReason(rejection.get())) {
      throw new IllegalArgumentException(
          "a score cell's rejection must be BLANK, NOT_A_NUMBER, NOT_AN_INTEGER or OUT_OF_RANGE"
              + " but was "
              + rejection.get());
    }
  }

  /**
   * Reads a score cell by the readers' score grammar (documented on {@link SurveyReader}).
   *
   * @param text the cell's text after CSV unquoting; a missing cell ({@code NULL} in a database) is
   *     the empty text
   * @param scale the scale scores must lie on
   * @return the score, or the rejection reason
   */
  public static ScoreCell parse(CharSequence text, NpsScale scale) {
    int code = ScoreSyntax.parse(text, scale.min(), scale.max());
    return code >= 0
        ? new ScoreCell(OptionalInt.of(code), Optional.empty())
        : new ScoreCell(OptionalInt.empty(), Optional.of(ScoreSyntax.reason(code)));
  }

  /**
   * Trims a segment cell the way the readers do before grouping by it: leading and trailing spaces
   * (U+0020) and tabs (U+0009), nothing else.
   *
   * @param text the segment cell's text after CSV unquoting
   * @return the segment value
   */
  public static String segmentValue(String text) {
    return RowInterpreter.segmentValue(text);
  }

  private static boolean isScoreReason(RejectionReason reason) {
    return switch (reason) {
      case BLANK, NOT_A_NUMBER, NOT_AN_INTEGER, OUT_OF_RANGE -> true;
      default -> false;
    };
  }
}
