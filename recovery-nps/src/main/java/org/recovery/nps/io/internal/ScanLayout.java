package org.recovery.nps.io.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.recovery.nps.NpsScale;

/**
 * Says what the scan reads from each record: the delimiter, how many fields a record has, and which
 * fields hold the score, the segment values and the timestamp.
 *
 * @param delimiter the field delimiter (an ASCII byte other than a quote, CR or LF)
 * @param fieldCount the number of fields of a well-formed record (the header's)
 * @param scoreColumn the index of the score field
 * @param segmentColumns the indexes of the segment fields, in key order (may be empty)
 * @param timestampColumn the index of the timestamp field, or -1 when timestamps are not read
 * @param isoTimestamps whether timestamps are ISO-8601, so canonical ones may be read in place
 * @param zone the zone in which timestamps become local dates
 * @param scale the score scale, which also sorts scores into promoters, passives and detractors
 * @param exampleLimit how many rejections each chunk keeps with their line, column and value
 * @param rules the reference rules for cells the scan does not settle in place
 */
public record ScanLayout(
    byte delimiter,
    int fieldCount,
    int scoreColumn,
    List<Integer> segmentColumns,
    int timestampColumn,
    boolean isoTimestamps,
    ZoneId zone,
    NpsScale scale,
    int exampleLimit,
    ValueRules rules) {

  /**
   * Validates the layout.
   *
   * @param delimiter the field delimiter (an ASCII byte other than a quote, CR or LF)
   * @param fieldCount the number of fields of a well-formed record (the header's)
   * @param scoreColumn the index of the score field
   * @param segmentColumns the indexes of the segment fields, in key order (may be empty)
   * @param timestampColumn the index of the timestamp field, or -1 when timestamps are not read
   * @param isoTimestamps whether timestamps are ISO-8601, so canonical ones may be read in place
   * @param zone the zone in which timestamps become local dates
   * @param scale the score scale, which also sorts scores into promoters, passives and detractors
   * @param exampleLimit how many rejections each chunk keeps with their line, column and value
   * @param rules the reference rules for cells the scan does not settle in place
   * @throws IllegalArgumentException when the delimiter is a quote, CR, LF, NUL or not ASCII, a
   *     column index is outside the record, the scale is empty or negative, or the limit is
   *     negative
   */
  public ScanLayout {
    segmentColumns = List.copyOf(segmentColumns);
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(scale, "scale");
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n' || delimiter < 1) {
      throw new IllegalArgumentException(
          "delimiter must be an ASCII byte other than a quote, CR, LF or NUL but was " + delimiter);
    }
    checkColumn("scoreColumn", scoreColumn, fieldCount);
    for (int c : segmentColumns) {
      checkColumn("segmentColumns", c, fieldCount);
    }
    if (timestampColumn != -1) {
      checkColumn("timestampColumn", timestampColumn, fieldCount);
    }
    if (scale.min() < 0) {
      throw new IllegalArgumentException(
          "score scale must start at 0 or above but was " + scale.min() + ".." + scale.max());
    }
    if (exampleLimit < 0) {
      throw new IllegalArgumentException("exampleLimit must be >= 0 but was " + exampleLimit);
    }
  }

  /** Returns the number of distinct scores on the scale. */
  int scoreWidth() {
    return scale.max() - scale.min() + 1;
  }

  /** Returns the lowest score on the scale. */
  int scoreMin() {
    return scale.min();
  }

  /** Returns the highest score on the scale. */
  int scoreMax() {
    return scale.max();
  }

  private static void checkColumn(String name, int column, int count) {
    if (column < 0 || column >= count) {
      throw new IllegalArgumentException(
          name + " must be a field index in 0.." + (count - 1) + " but was " + column);
    }
  }
}
