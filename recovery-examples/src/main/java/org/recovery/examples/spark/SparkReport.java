package org.recovery.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.jspecify.annotations.Nullable;
import org.recovery.nps.Estimation;
import org.recovery.nps.NpsReport;
import org.recovery.nps.NpsResult;
import org.recovery.nps.NpsScale;
import org.recovery.nps.RejectionReason;
import org.recovery.nps.Rejections;
import org.recovery.nps.SegmentResult;
import org.recovery.nps.io.ScoreCell;

/**
 * Computes the {@link NpsReport} of survey exports on Spark, by the library's rules: every record
 * gets one outcome — a score read by {@link ScoreCell#parse}, or one rejection reason, {@code
 * RAGGED_ROW} first — and Spark counts the records per segment and outcome. The driver receives at
 * most (segments × 15) counts, never rows, and builds the report with {@link NpsResult#of}, which
 * gives exactly what the single-machine reader's accumulators give for the same counts.
 *
 * <p>The report has no rejection examples (Spark's records carry no line numbers) and no periods.
 */
final class SparkReport {
  private static final NpsScale SCALE = NpsScale.defaults();

  /** The outcome column: the score, or {@code -1 - reason.ordinal()} for a rejection. */
  private static final String OUTCOME = "_outcome";

  private static final String COUNT = "count";

  private SparkReport() {}

  /**
   * Reads the files as one export and reports on it.
   *
   * @param spark the session
   * @param files CSV or Parquet files
   * @param scoreColumn the score column's header
   * @param segmentColumns the segment columns' headers, in key order
   * @return the report, with the default estimation (95%, adjusted Wald)
   * @throws UnusableExportException when a column is missing or the files mix formats
   */
  static NpsReport read(
      SparkSession spark, List<String> files, String scoreColumn, List<String> segmentColumns) {
    Dataset<Row> cells = SparkExport.cells(spark, files, scoreColumn, segmentColumns);
    UDF2<String, String, Integer> outcome = SparkReport::outcome;
    UDF1<String, String> segmentValue = cell -> ScoreCell.segmentValue(cell == null ? "" : cell);
    List<Column> groups = new ArrayList<>();
    for (int i = 0; i < segmentColumns.size(); i++) {
      groups.add(
          udf(segmentValue, DataTypes.StringType)
              .apply(col(SparkExport.segment(i)))
              .as(SparkExport.segment(i)));
    }
    groups.add(
        udf(outcome, DataTypes.IntegerType)
            .apply(col(SparkExport.SCORE), col(SparkExport.RAGGED))
            .as(OUTCOME));
    List<Row> counts = cells.groupBy(groups.toArray(Column[]::new)).count().collectAsList();
    return report(counts, segmentColumns);
  }

  /** Decides one record's outcome, in the reader's order: ragged, then the score grammar. */
  private static int outcome(@Nullable String score, @Nullable String ragged) {
    if (ragged != null) {
      return code(RejectionReason.RAGGED_ROW);
    }
    var cell = ScoreCell.parse(score == null ? "" : score, SCALE);
    return cell.score().isPresent()
        ? cell.score().getAsInt()
        : code(cell.rejection().orElseThrow());
  }

  private static int code(RejectionReason reason) {
    return -1 - reason.ordinal();
  }

  private static NpsReport report(List<Row> counts, List<String> segmentColumns) {
    int segments = segmentColumns.size();
    long[] overall = new long[3];
    TreeMap<List<String>, long[]> bySegment = new TreeMap<>(SparkReport::compareKeys);
    EnumMap<RejectionReason, Long> rejected = new EnumMap<>(RejectionReason.class);
    long rows = 0;
    long rejectedRows = 0;
    for (Row row : counts) {
      int outcome = row.getInt(segments);
      long n = row.getLong(segments + 1);
      rows += n;
      if (outcome < 0) {
        rejected.merge(RejectionReason.values()[-1 - outcome], n, Long::sum);
        rejectedRows += n;
        continue;
      }
      int group = SCALE.categorize(outcome).ordinal();
      overall[group] += n;
      if (segments > 0) {
        List<String> key = new ArrayList<>();
        for (int i = 0; i < segments; i++) {
          key.add(row.getString(i));
        }
        bySegment.computeIfAbsent(List.copyOf(key), k -> new long[3])[group] += n;
      }
    }
    List<SegmentResult> segmentResults = new ArrayList<>();
    for (Map.Entry<List<String>, long[]> e : bySegment.entrySet()) {
      Map<String, String> key = new java.util.LinkedHashMap<>();
      for (int i = 0; i < segments; i++) {
        key.put(segmentColumns.get(i), e.getKey().get(i));
      }
      segmentResults.add(new SegmentResult(key, result(e.getValue())));
    }
    return new NpsReport(
        result(overall),
        new Rejections(rejectedRows, rejected, List.of()),
        segmentColumns,
        segmentResults,
        Optional.empty(),
        List.of(),
        rows,
        0,
        false);
  }

  /** Turns counts indexed by {@code NpsCategory.ordinal()} into the library's result. */
  private static NpsResult result(long[] byCategory) {
    return NpsResult.of(byCategory[2], byCategory[1], byCategory[0], Estimation.defaults());
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
}
