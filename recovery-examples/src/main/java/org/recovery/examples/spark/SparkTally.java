package org.recovery.examples.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;
import org.recovery.nps.Estimation;
import org.recovery.nps.NpsAccumulator;
import org.recovery.nps.NpsReport;
import org.recovery.nps.NpsScale;
import org.recovery.nps.PeriodResult;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.RejectionReason;
import org.recovery.nps.Rejections;
import org.recovery.nps.SegmentResult;

/**
 * Counts the records of an export on Spark into one {@link NpsAccumulator} per (segment, period),
 * rejections per reason, data rows and duplicates; tallies of partitions merge, and the driver
 * builds the report from the merged tally as the reader's report builder does: overall, per segment
 * (ordered by key) and per period ({@link PeriodResult#series}). The driver receives one
 * accumulator per (segment, period), never rows.
 *
 * <p>Records arrive as rows of {@link #add}'s layout. Not thread-safe: one tally per partition.
 */
final class SparkTally implements Serializable {
  private static final long serialVersionUID = 1L;

  private final NpsScale scale;
  private final int segments;
  private final HashMap<Group, NpsAccumulator> groups = new HashMap<>();
  private final long[] rejected = new long[RejectionReason.values().length];
  private long rows;
  private long duplicates;

  SparkTally(NpsScale scale, int segments) {
    this.scale = scale;
    this.segments = segments;
  }

  /**
   * Counts a row standing for {@code n} records: the segment values, the {@link
   * ResponseOutcome#OUTCOME outcome}, the period's epoch day (null without periods), the weight,
   * and {@code n} — more than 1 when the row is a respondent's latest of {@code n} responses in a
   * period, the others superseded.
   *
   * @param row the row
   * @return this tally
   */
  SparkTally add(Row row) {
    int outcome = row.getInt(segments);
    long n = row.getLong(segments + 3);
    rows += n;
    if (outcome < 0) {
      rejected[ResponseOutcome.reason(outcome).ordinal()] += n;
      return this;
    }
    duplicates += n - 1;
    List<String> key = new ArrayList<>(segments);
    for (int i = 0; i < segments; i++) {
      key.add(row.getString(i));
    }
    Integer day = row.isNullAt(segments + 1) ? null : row.getInt(segments + 1);
    groups
        .computeIfAbsent(new Group(List.copyOf(key), day), g -> NpsAccumulator.create(scale))
        .add(outcome, row.getDouble(segments + 2));
    return this;
  }

  /**
   * Adds another partition's tally to this one.
   *
   * @param other the other tally; left unchanged
   * @return this tally
   */
  SparkTally merge(SparkTally other) {
    other.groups.forEach((k, v) -> groups.merge(k, v.copy(), NpsAccumulator::merge));
    for (int i = 0; i < rejected.length; i++) {
      rejected[i] += other.rejected[i];
    }
    rows += other.rows;
    duplicates += other.duplicates;
    return this;
  }

  /**
   * Builds the report.
   *
   * @param segmentColumns the segment columns, in key order
   * @param period the period grouping, null for none
   * @param deduplicated whether duplicates were superseded
   * @param estimation the interval settings
   * @return the report, without rejection examples
   */
  NpsReport toReport(
      List<String> segmentColumns,
      @Nullable PeriodUnit period,
      boolean deduplicated,
      Estimation estimation) {
    NpsAccumulator overall = NpsAccumulator.create(scale);
    TreeMap<List<String>, NpsAccumulator> bySegment = new TreeMap<>(SparkTally::compareKeys);
    Map<LocalDate, NpsAccumulator> byPeriod = new HashMap<>();
    groups.forEach(
        (group, counts) -> {
          overall.merge(counts);
          if (segments > 0) {
            bySegment.merge(group.segment(), counts.copy(), NpsAccumulator::merge);
          }
          if (group.day() != null) {
            byPeriod.merge(LocalDate.ofEpochDay(group.day()), counts.copy(), NpsAccumulator::merge);
          }
        });
    List<SegmentResult> segmentResults = new ArrayList<>();
    bySegment.forEach(
        (values, counts) -> {
          Map<String, String> key = new LinkedHashMap<>();
          for (int i = 0; i < segments; i++) {
            key.put(segmentColumns.get(i), values.get(i));
          }
          segmentResults.add(new SegmentResult(key, counts.result(estimation)));
        });
    EnumMap<RejectionReason, Long> byReason = new EnumMap<>(RejectionReason.class);
    long rejectedRows = 0;
    for (RejectionReason r : RejectionReason.values()) {
      byReason.put(r, rejected[r.ordinal()]);
      rejectedRows += rejected[r.ordinal()];
    }
    return new NpsReport(
        overall.result(estimation),
        new Rejections(rejectedRows, byReason, List.of()),
        segmentColumns,
        segmentResults,
        Optional.ofNullable(period),
        period == null ? List.of() : PeriodResult.series(period, byPeriod, estimation),
        rows,
        duplicates,
        deduplicated);
  }

  /** Orders segment keys as the reader does: value by value, by {@link String#compareTo}. */
  private static int compareKeys(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** One (segment, period) cell of the tally; {@code day} is null without periods. */
  private record Group(List<String> segment, @Nullable Integer day) implements Serializable {}
}
