package org.recovery.nps.impact;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.recovery.nps.NpsResult;

/**
 * Holds the NPS of customers who never complained, who complained and were put right, and who
 * complained and were not, with the pairwise comparisons between groups that have responses.
 *
 * @param groups the result per group, every group present (possibly empty)
 * @param comparisons resolved − never, resolved − unresolved, unresolved − never, for the pairs
 *     where both groups have responses
 * @param withoutCustomerId responses without a customer id, not counted in any group
 */
public record RecoveryImpactReport(
    Map<ComplaintStatus, NpsResult> groups,
    List<GroupComparison> comparisons,
    long withoutCustomerId) {

  /**
   * Copies the parts.
   *
   * @param groups the result per group, every group present (possibly empty)
   * @param comparisons resolved − never, resolved − unresolved, unresolved − never, for the pairs
   *     where both groups have responses
   * @param withoutCustomerId responses without a customer id, not counted in any group
   * @throws IllegalArgumentException when a group is missing
   */
  public RecoveryImpactReport {
    EnumMap<ComplaintStatus, NpsResult> copy = new EnumMap<>(ComplaintStatus.class);
    copy.putAll(groups);
    if (copy.size() != ComplaintStatus.values().length) {
      throw new IllegalArgumentException(
          "groups must hold every complaint status but held " + copy.keySet());
    }
    groups = Collections.unmodifiableMap(copy);
    comparisons = List.copyOf(comparisons);
  }

  /**
   * Returns one group's result.
   *
   * @param status the group
   * @return its result
   */
  public NpsResult group(ComplaintStatus status) {
    return groups.get(status);
  }
}
