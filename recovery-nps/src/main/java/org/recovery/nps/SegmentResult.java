package org.recovery.nps;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Holds the NPS of one segment: the responses sharing the same values in the segment columns.
 *
 * @param key the segment's value per segment column, in configured column order
 * @param result the segment's NPS
 */
public record SegmentResult(Map<String, String> key, NpsResult result) {

  /**
   * Copies the key, keeping its order.
   *
   * @param key the segment's value per segment column, in configured column order
   * @param result the segment's NPS
   * @throws NullPointerException when a part is missing
   */
  public SegmentResult {
    Objects.requireNonNull(result, "result");
    key = Collections.unmodifiableMap(new LinkedHashMap<>(key));
  }
}
