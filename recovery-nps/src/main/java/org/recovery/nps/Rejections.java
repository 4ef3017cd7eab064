package org.recovery.nps;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts the rejected data rows of an export by reason and keeps the first few as examples.
 *
 * @param count the number of rejected rows
 * @param byReason the number per reason, only reasons that occurred, in enum order
 * @param examples the first rejections in file order (ascending line), at most the configured
 *     number
 */
public record Rejections(
    long count, Map<RejectionReason, Long> byReason, List<Rejection> examples) {

  /**
   * Validates and copies the parts.
   *
   * @param count the number of rejected rows
   * @param byReason the number per reason, only reasons that occurred, in enum order
   * @param examples the first rejections in file order (ascending line), at most the configured
   *     number
   * @throws IllegalArgumentException when the per-reason counts do not add up to the count
   */
  public Rejections {
    Objects.requireNonNull(byReason, "byReason");
    EnumMap<RejectionReason, Long> copy = new EnumMap<>(RejectionReason.class);
    long sum = 0;
    for (Map.Entry<RejectionReason, Long> e : byReason.entrySet()) {
      if (e.getValue() < 0) {
        throw new IllegalArgumentException(
            "rejections " + e.getKey() + " must be >= 0 but was " + e.getValue());
      }
      if (e.getValue() > 0) {
        copy.put(e.getKey(), e.getValue());
        sum += e.getValue();
      }
    }
    if (sum != count) {
      throw new IllegalArgumentException(
          "rejections by reason must add up to the count " + count + " but add up to " + sum);
    }
    byReason = Collections.unmodifiableMap(copy);
    examples = List.copyOf(examples);
  }

  /**
   * Returns the empty set of rejections.
   *
   * @return no rejections
   */
  public static Rejections none() {
    return new Rejections(0, Map.of(), List.of());
  }

  /**
   * Returns how many rows were rejected for a reason.
   *
   * @param reason the reason
   * @return the count, 0 when the reason did not occur
   */
  public long count(RejectionReason reason) {
    return byReason.getOrDefault(reason, 0L);
  }
}
