package org.recovery.nps.impact;

import java.util.Objects;
import org.recovery.nps.NpsComparison;

/**
 * Compares the NPS of two complaint groups: {@code first − second}.
 *
 * @param first the first group
 * @param second the second group
 * @param comparison the comparison of their results
 */
public record GroupComparison(
    ComplaintStatus first, ComplaintStatus second, NpsComparison comparison) {

  /**
   * Validates the parts.
   *
   * @param first the first group
   * @param second the second group
   * @param comparison the comparison of their results
   * @throws NullPointerException when a part is missing
   */
  public GroupComparison {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(comparison, "comparison");
  }
}
