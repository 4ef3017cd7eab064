package org.recovery.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.recovery.examples.cli.SurveyOptions;
import org.recovery.nps.Estimation;
import org.recovery.nps.NpsReport;
import org.recovery.nps.NpsScale;
import org.recovery.nps.io.ScoreCell;
import org.recovery.nps.io.SurveyFormat;
import org.recovery.nps.io.SurveyPreset;
import org.recovery.nps.io.SurveyReader;

/**
 * Computes the {@link NpsReport} of survey exports on Spark, by the library's rules: every record
 * gets one outcome ({@link ResponseOutcome}: a score, or one rejection reason, {@code RAGGED_ROW}
 * first); when de-duplicating, each respondent's latest accepted response per period is kept (the
 * latest timestamp, on a tie or without timestamps the later record: file order, then line order)
 * and the others counted as duplicates; Spark then tallies the records per (segment, period) into
 * {@link org.recovery.nps.NpsAccumulator}s ({@link SparkTally}), so the driver receives counts,
 * never rows, and builds the report as the single-machine reader does.
 *
 * <p>The report has no rejection examples (Spark's records carry no line numbers).
 */
final class SparkReport {
  private static final NpsScale SCALE = NpsScale.defaults();

  private static final String OUTCOME = "_outcome";
  private static final String DAY = "_day";
  private static final String NANOS = "_nanos";
  private static final String WEIGHT = "_w";
  private static final String COUNT = "_n";
  private static final String LATEST = "_latest";

  private SparkReport() {}

  /**
   * Reads the files as one export by a generic layout and reports on it, per segment.
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
    var options =
        new SurveyOptions(
            SurveyOptions.Spelling.COMMAND_LINE,
            SurveyPreset.GENERIC,
            scoreColumn,
            segmentColumns,
            null,
            null,
            ZoneOffset.UTC,
            null,
            false,
            null,
            null,
            null,
            Estimation.defaults().level(),
            null);
    return read(spark, files, options.reader(SurveyFormat.CSV, scoreColumn).build(), options);
  }

  /**
   * Reads the files as one export and reports on it.
   *
   * @param spark the session
   * @param files CSV or Parquet files
   * @param reader the reader built from {@code options}, which resolves the preset's columns
   * @param options the segments, weight, period, de-duplication and confidence level
   * @return the report
   * @throws UnusableExportException when a column is missing or the files mix formats
   */
  static NpsReport read(
      SparkSession spark, List<String> files, SurveyReader reader, SurveyOptions options) {
    var columns = SparkExport.Columns.of(reader, options.by(), options.weight());
    Dataset<Row> cells =
        SparkExport.cells(spark, files, SparkExport.header(spark, files, reader), columns);
    var outcome =
        new ResponseOutcome(
            SCALE,
            columns.timestamp() == null ? null : reader.timestampFormat(),
            options.zone(),
            options.period(),
            columns.weight() != null);
    UDF1<String, String> trimmed = cell -> ScoreCell.segmentValue(cell == null ? "" : cell);
    int segments = columns.segments().size();
    List<Column> scored = new ArrayList<>();
    for (int i = 0; i < segments; i++) {
      scored.add(
          udf(trimmed, DataTypes.StringType)
              .apply(col(SparkExport.segment(i)))
              .as(SparkExport.segment(i)));
    }
    scored.add(
        udf(outcome, ResponseOutcome.TYPE)
            .apply(
                col(SparkExport.SCORE),
                col(SparkExport.RAGGED),
                col(SparkExport.TIMESTAMP),
                col(SparkExport.WEIGHT))
            .as("_o"));
    scored.add(udf(trimmed, DataTypes.StringType).apply(col(SparkExport.ID)).as(SparkExport.ID));
    scored.add(col(SparkExport.FILE));
    scored.add(col(SparkExport.PATH));
    scored.add(col(SparkExport.ROW));
    Dataset<Row> rows =
        cells
            .select(scored.toArray(Column[]::new))
            .select(unpacked(segments).toArray(Column[]::new));
    Dataset<Row> tallied =
        options.dedupe() ? latestPerRespondent(rows, segments) : counted(rows, segments, lit(1L));
    SparkTally tally =
        tallied
            .javaRDD()
            .aggregate(new SparkTally(SCALE, segments), SparkTally::add, SparkTally::merge);
    return tally.toReport(
        options.by(),
        options.period(),
        options.dedupe(),
        Estimation.builder().level(options.level()).build());
  }

  private static List<Column> segmentColumns(int segments) {
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < segments; i++) {
      columns.add(col(SparkExport.segment(i)));
    }
    return columns;
  }

  /** Spreads the outcome struct into columns, beside the segments, respondent and place. */
  private static List<Column> unpacked(int segments) {
    List<Column> columns = segmentColumns(segments);
    columns.add(col("_o." + ResponseOutcome.OUTCOME).as(OUTCOME));
    columns.add(col("_o." + ResponseOutcome.DAY).as(DAY));
    columns.add(col("_o." + ResponseOutcome.NANOS).as(NANOS));
    columns.add(col("_o." + ResponseOutcome.WEIGHT).as(WEIGHT));
    columns.add(col(SparkExport.ID));
    columns.add(col(SparkExport.FILE));
    columns.add(col(SparkExport.PATH));
    columns.add(col(SparkExport.ROW));
    return columns;
  }

  /** Selects the columns {@link SparkTally#add} reads, each row standing for {@code n} records. */
  private static Dataset<Row> counted(Dataset<Row> rows, int segments, Column n) {
    List<Column> columns = segmentColumns(segments);
    columns.add(col(OUTCOME));
    columns.add(col(DAY));
    columns.add(col(WEIGHT));
    columns.add(n.as(COUNT));
    return rows.select(columns.toArray(Column[]::new));
  }

  /**
   * Keeps, per respondent and period, the accepted response with the latest timestamp, on a tie the
   * later record (file, then path, then row), standing for all of that respondent's responses in
   * the period; rejected rows and rows without a respondent pass through, each for itself.
   */
  private static Dataset<Row> latestPerRespondent(Dataset<Row> rows, int segments) {
    Column identified = col(OUTCOME).geq(0).and(col(SparkExport.ID).notEqual(""));
    List<Column> order = new ArrayList<>();
    order.add(col(NANOS));
    order.add(col(SparkExport.FILE));
    order.add(col(SparkExport.PATH));
    order.add(col(SparkExport.ROW));
    order.add(col(OUTCOME));
    order.add(col(WEIGHT));
    order.addAll(segmentColumns(segments));
    Dataset<Row> latest =
        rows.filter(identified)
            .groupBy(col(SparkExport.ID), col(DAY))
            .agg(max(struct(order.toArray(Column[]::new))).as(LATEST), count(lit(1)).as(COUNT));
    List<Column> kept = new ArrayList<>();
    for (int i = 0; i < segments; i++) {
      kept.add(col(LATEST + "." + SparkExport.segment(i)).as(SparkExport.segment(i)));
    }
    kept.add(col(LATEST + "." + OUTCOME).as(OUTCOME));
    kept.add(col(DAY));
    kept.add(col(LATEST + "." + WEIGHT).as(WEIGHT));
    kept.add(col(COUNT));
    return latest
        .select(kept.toArray(Column[]::new))
        .unionByName(counted(rows.filter(not(identified)), segments, lit(1L)));
  }
}
