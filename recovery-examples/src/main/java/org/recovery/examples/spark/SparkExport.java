package org.recovery.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.recovery.nps.io.ScoreCell;
import org.recovery.nps.io.SurveyHeader;

/**
 * Loads survey exports with Spark as a table of the cells the report needs: the score cell, the
 * segment cells and whether the record is ragged. CSV is split by Spark's parser, set up for RFC
 * 4180 (double-quote quoting and escaping, quoted line breaks, no trimming); columns are found by
 * the library's header rule ({@link SurveyHeader#indexOf}); a record whose field count differs from
 * the header's is flagged, as the reader rejects it. Parquet columns are read by name and cast to
 * text.
 */
final class SparkExport {
  /** The column Spark fills with the raw text of a record whose field count is off. */
  static final String RAGGED = "_ragged";

  /** The score cell's column in {@link #cells}. */
  static final String SCORE = "_score";

  private SparkExport() {}

  /**
   * Reads the files as one export.
   *
   * @param spark the session
   * @param files CSV files, or Parquet files (named {@code *.parquet}), any URI Spark reads
   * @param scoreColumn the score column's header
   * @param segmentColumns the segment columns' headers
   * @return columns {@link #SCORE}, one per segment column ({@code _segment0}…) and {@link #RAGGED}
   *     (null unless the record is ragged)
   * @throws UnusableExportException when a column is missing or the files mix formats
   */
  static Dataset<Row> cells(
      SparkSession spark, List<String> files, String scoreColumn, List<String> segmentColumns) {
    long parquet = files.stream().filter(SparkExport::isParquet).count();
    if (parquet != 0 && parquet != files.size()) {
      throw new UnusableExportException(
          "files must be all CSV or all Parquet (*.parquet) but were " + files);
    }
    return parquet == 0
        ? csv(spark, files, scoreColumn, segmentColumns)
        : parquet(spark, files, scoreColumn, segmentColumns);
  }

  private static boolean isParquet(String file) {
    return file.toLowerCase(Locale.ROOT).endsWith(".parquet");
  }

  private static Dataset<Row> csv(
      SparkSession spark, List<String> files, String scoreColumn, List<String> segmentColumns) {
    List<String> names = csvHeader(spark, files.get(0));
    StructType schema = new StructType();
    for (int i = 0; i < names.size(); i++) {
      schema = schema.add("c" + i, DataTypes.StringType);
    }
    schema = schema.add(RAGGED, DataTypes.StringType);
    Dataset<Row> table =
        rfc4180(spark)
            .option("header", "true")
            .option("enforceSchema", "true")
            .option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", RAGGED)
            .schema(schema)
            .csv(files.toArray(String[]::new));
    var header = new SurveyHeader(names, List.of(names));
    return select(
        table,
        col("c" + located(header, scoreColumn, "score", files)),
        segmentColumns.stream().map(c -> col("c" + located(header, c, "segment", files))).toList(),
        col(RAGGED));
  }

  /**
   * Reads the first record of a CSV file as its header: cells trimmed of spaces and tabs and a
   * byte-order mark removed, as the reader sees them.
   */
  private static List<String> csvHeader(SparkSession spark, String file) {
    Dataset<Row> raw = rfc4180(spark).option("header", "false").csv(file);
    List<Row> first = raw.takeAsList(1);
    if (first.isEmpty()) {
      throw new UnusableExportException(file + ":1: the export is empty: it has no header row");
    }
    Row row = first.get(0);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < row.length(); i++) {
      String cell = row.isNullAt(i) ? "" : row.getString(i);
      if (i == 0 && cell.startsWith("\uFEFF")) {
        cell = cell.substring(1);
      }
      names.add(ScoreCell.segmentValue(cell));
    }
    return names;
  }

  private static org.apache.spark.sql.DataFrameReader rfc4180(SparkSession spark) {
    return spark
        .read()
        .option("multiLine", "true")
        .option("quote", "\"")
        .option("escape", "\"")
        .option("encoding", "UTF-8")
        .option("ignoreLeadingWhiteSpace", "false")
        .option("ignoreTrailingWhiteSpace", "false");
  }

  private static Dataset<Row> parquet(
      SparkSession spark, List<String> files, String scoreColumn, List<String> segmentColumns) {
    Dataset<Row> table = spark.read().parquet(files.toArray(String[]::new));
    List<String> names = List.of(table.columns());
    var header = new SurveyHeader(names, List.of(names));
    return select(
        table,
        table.col(quoted(names.get(located(header, scoreColumn, "score", files)))),
        segmentColumns.stream()
            .map(c -> table.col(quoted(names.get(located(header, c, "segment", files)))))
            .toList(),
        lit(null).cast(DataTypes.StringType));
  }

  private static String quoted(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  private static Dataset<Row> select(
      Dataset<Row> table, Column score, List<Column> segments, Column ragged) {
    List<Column> columns = new ArrayList<>();
    columns.add(score.cast(DataTypes.StringType).as(SCORE));
    for (int i = 0; i < segments.size(); i++) {
      columns.add(segments.get(i).cast(DataTypes.StringType).as(segment(i)));
    }
    columns.add(ragged.as(RAGGED));
    return table.select(columns.toArray(Column[]::new));
  }

  /** Names the i-th segment column in {@link #cells}. */
  static String segment(int i) {
    return "_segment" + i;
  }

  private static int located(SurveyHeader header, String column, String role, List<String> files) {
    try {
      return header.indexOf(column, role, 1);
    } catch (org.recovery.nps.io.SurveyFormatException e) {
      throw new UnusableExportException(files.get(0) + ":1: " + e.getMessage(), e);
    }
  }
}
