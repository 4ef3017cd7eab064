package org.recovery.nps;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * Classifies scores into detractors, passives and promoters. The default is the standard 0-10 scale
 * with detractors 0-6, passives 7-8 and promoters 9-10; other scales (for example 1-5 with 1-3, 4,
 * 5) are allowed when the three groups are non-empty, in the order detractors, passives, promoters,
 * contiguous and non-overlapping. The scale's range is {@code detractorsLow} to {@code
 * promotersHigh}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param detractorsLow lowest detractor score, at least 0
 * @param detractorsHigh highest detractor score
 * @param passivesLow lowest passive score, {@code detractorsHigh + 1}
 * @param passivesHigh highest passive score
 * @param promotersLow lowest promoter score, {@code passivesHigh + 1}
 * @param promotersHigh highest promoter score, the top of the scale
 * @serial exclude
 */
public record NpsScale(
    int detractorsLow,
    int detractorsHigh,
    int passivesLow,
    int passivesHigh,
    int promotersLow,
    int promotersHigh)
    implements Serializable {

  private static final NpsScale DEFAULT = new NpsScale(0, 6, 7, 8, 9, 10);

  /**
   * Validates the groups.
   *
   * @param detractorsLow lowest detractor score, at least 0
   * @param detractorsHigh highest detractor score
   * @param passivesLow lowest passive score, {@code detractorsHigh + 1}
   * @param passivesHigh highest passive score
   * @param promotersLow lowest promoter score, {@code passivesHigh + 1}
   * @param promotersHigh highest promoter score, the top of the scale
   * @throws IllegalArgumentException naming the group and the problem, for example {@code promoters
   *     8-10 overlaps passives 5-8 at 8}
   */
  public NpsScale {
    if (detractorsLow < 0) {
      throw new IllegalArgumentException(
          "detractors must start at 0 or above but started at " + detractorsLow);
    }
    checkGroup("detractors", detractorsLow, detractorsHigh);
    checkGroup("passives", passivesLow, passivesHigh);
    checkGroup("promoters", promotersLow, promotersHigh);
    checkAdjacent(
        "detractors", detractorsLow, detractorsHigh, "passives", passivesLow, passivesHigh);
    checkAdjacent("passives", passivesLow, passivesHigh, "promoters", promotersLow, promotersHigh);
  }

  private static void checkGroup(String name, int low, int high) {
    if (low > high) {
      throw new IllegalArgumentException(
          name + " must be a range low-high with low <= high but was " + low + "-" + high);
    }
  }

  private static void checkAdjacent(
      String lowerName,
      int lowerLow,
      int lowerHigh,
      String upperName,
      int upperLow,
      int upperHigh) {
    if (upperLow <= lowerHigh) {
      throw new IllegalArgumentException(
          upperName
              + " "
              + upperLow
              + "-"
              + upperHigh
              + " overlaps "
              + lowerName
              + " "
              + lowerLow
              + "-"
              + lowerHigh
              + " at "
              + Math.max(upperLow, lowerLow));
    }
    if (upperLow > lowerHigh + 1) {
      throw new IllegalArgumentException(
          "scale has a gap: "
              + (lowerHigh + 1)
              + "-"
              + (upperLow - 1)
              + " belongs to no group between "
              + lowerName
              + " "
              + lowerLow
              + "-"
              + lowerHigh
              + " and "
              + upperName
              + " "
              + upperLow
              + "-"
              + upperHigh);
    }
  }

  /**
   * Returns the standard 0-10 scale: detractors 0-6, passives 7-8, promoters 9-10.
   *
   * @return the default scale
   */
  public static NpsScale defaults() {
    return DEFAULT;
  }

  /**
   * Creates a scale from its three groups, each given as an inclusive low-high range.
   *
   * @param detractorsLow lowest detractor score
   * @param detractorsHigh highest detractor score
   * @param passivesLow lowest passive score
   * @param passivesHigh highest passive score
   * @param promotersLow lowest promoter score
   * @param promotersHigh highest promoter score
   * @return the validated scale
   * @throws IllegalArgumentException when the groups overlap, leave a gap or are empty
   */
  public static NpsScale of(
      int detractorsLow,
      int detractorsHigh,
      int passivesLow,
      int passivesHigh,
      int promotersLow,
      int promotersHigh) {
    return new NpsScale(
        detractorsLow, detractorsHigh, passivesLow, passivesHigh, promotersLow, promotersHigh);
  }

  /**
   * Returns the lowest score on the scale.
   *
   * @return the bottom of the range, inclusive
   */
  public int min() {
    return detractorsLow;
  }

  /**
   * Returns the highest score on the scale.
   *
   * @return the top of the range, inclusive
   */
  public int max() {
    return promotersHigh;
  }

  /**
   * Tells whether a score lies on the scale.
   *
   * @param score the score
   * @return true when {@code min() <= score <= max()}
   */
  public boolean contains(int score) {
    return score >= detractorsLow && score <= promotersHigh;
  }

  /**
   * Classifies a score.
   *
   * @param score a score on the scale
   * @return its group
   * @throws IllegalArgumentException when the score is off the scale
   */
  public NpsCategory categorize(int score) {
    if (!contains(score)) {
      throw new IllegalArgumentException(
          "score must be an integer " + min() + "-" + max() + " but was " + score);
    }
    if (score <= detractorsHigh) {
      return NpsCategory.DETRACTOR;
    }
    return score <= passivesHigh ? NpsCategory.PASSIVE : NpsCategory.PROMOTER;
  }

  /**
   * Equal when all six bounds are equal, as for any record. Written out because every merge and
   * every report compares scales, and a record's generated {@code equals} is linked through method
   * handles on its first call: about 20 ms of a short command-line run went to building them.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof NpsScale that
        && detractorsLow == that.detractorsLow
        && detractorsHigh == that.detractorsHigh
        && passivesLow == that.passivesLow
        && passivesHigh == that.passivesHigh
        && promotersLow == that.promotersLow
        && promotersHigh == that.promotersHigh;
  }

  @Override
  public int hashCode() {
    int h = detractorsLow;
    h = 31 * h + detractorsHigh;
    h = 31 * h + passivesLow;
    h = 31 * h + passivesHigh;
    h = 31 * h + promotersLow;
    return 31 * h + promotersHigh;
  }

  @Override
  public String toString() {
    return "detractors "
        + detractorsLow
        + "-"
        + detractorsHigh
        + ", passives "
        + passivesLow
        + "-"
        + passivesHigh
        + ", promoters "
        + promotersLow
        + "-"
        + promotersHigh;
  }
}
