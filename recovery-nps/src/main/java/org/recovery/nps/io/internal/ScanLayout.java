package org.recovery.nps.io.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Says what the scan reads from each record: the delimiter, how many fields a record has, and which
 * fields hold the score, the segment values and the timestamp.
 *
 * @param delimiter the field delimiter (an ASCII byte other than a quote, CR or LF)
 * @param columns the header names, one per field, in file order
 * @param scoreColumn the index of the score field
 * @param segmentColumns the indexes of the segment fields, in key order (may be empty)
 * @param timestampColumn the index of the timestamp field, or -1 when periods are not wanted
 * @param periodUnit how timestamps are grouped into periods
 * @param zone the zone in which timestamps are turned into local dates
 * @param scoreMin the lowest score on the scale
 * @param scoreMax the highest score on the scale
 * @param skipBlankLines whether an empty line is skipped (true) or read as a one-field record
 * @param exampleLimit how many rejections are kept with their line, column and value
 * @param rules the reference rules for cells the scan does not settle in place
 */
record ScanLayout(
    byte delimiter,
    List<String> columns,
    int scoreColumn,
    List<Integer> segmentColumns,
    int timestampColumn,
    PeriodUnit periodUnit,
    ZoneId zone,
    int scoreMin,
    int scoreMax,
    boolean skipBlankLines,
    int exampleLimit,
    ValueRules rules) {

  ScanLayout {
    columns = List.copyOf(columns);
    segmentColumns = List.copyOf(segmentColumns);
    Objects.requireNonNull(periodUnit, "periodUnit");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(rules, "rules");
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n' || delimiter < 1) {
      throw new IllegalArgumentException(
          "delimiter must be an ASCII byte other than a quote, CR or LF but was " + delimiter);
    }
    checkColumn("scoreColumn", scoreColumn, columns.size());
    for (int c : segmentColumns) {
      checkColumn("segmentColumns", c, columns.size());
    }
    if (timestampColumn != -1) {
      checkColumn("timestampColumn", timestampColumn, columns.size());
    }
    if (scoreMin > scoreMax || scoreMin < 0) {
      throw new IllegalArgumentException(
          "score scale must be 0 <= min <= max but was " + scoreMin + ".." + scoreMax);
    }
    if (exampleLimit < 0) {
      throw new IllegalArgumentException("exampleLimit must be >= 0 but was " + exampleLimit);
    }
  }

  /** Returns the number of fields in a well-formed record. */
  int fieldCount() {
    return columns.size();
  }

  /** Returns the number of distinct scores on the scale. */
  int scoreWidth() {
    return scoreMax - scoreMin + 1;
  }

  private static void checkColumn(String name, int column, int count) {
    if (column < 0 || column >= count) {
      throw new IllegalArgumentException(
          name + " must be a field index in 0.." + (count - 1) + " but was " + column);
    }
  }
}
