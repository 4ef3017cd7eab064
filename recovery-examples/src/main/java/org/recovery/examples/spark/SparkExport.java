package org.recovery.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.recovery.nps.io.ScoreCell;
import org.recovery.nps.io.SurveyFormatException;
import org.recovery.nps.io.SurveyHeader;
import org.recovery.nps.io.SurveyReader;

/**
 * Loads survey exports with Spark as a table of the cells the report needs: the score, segment,
 * respondent, timestamp and weight cells, whether the record is ragged, and where it stands in the
 * export. CSV is split by Spark's parser, set up for RFC 4180 (double-quote quoting and escaping,
 * quoted line breaks, no trimming); the header rows are named by the reader ({@link
 * SurveyReader#header(List)}, so a preset's layout applies) and columns found by the library's
 * header rule ({@link SurveyHeader#indexOf}); a record whose field count differs from the header's
 * is flagged, as the reader rejects it. Parquet columns are read by name and cast to text.
 *
 * <p>A record's place is (argument, file path, row): CSV is read with {@code multiLine}, so a file
 * is never split across tasks and {@code monotonically_increasing_id} grows with its lines; Parquet
 * rows are placed by {@code _metadata.row_index}. Files one argument matches (a glob, a directory)
 * are ordered by path.
 */
final class SparkExport {
  /** The column Spark fills with the raw text of a record whose field count is off. */
  static final String RAGGED = "_ragged";

  /** The score cell's column in {@link #cells}. */
  static final String SCORE = "_score";

  /** The respondent cell's column in {@link #cells}, null when no respondent column is read. */
  static final String ID = "_id";

  /** The timestamp cell's column in {@link #cells}, null when no timestamp column is read. */
  static final String TIMESTAMP = "_timestamp";

  /** The weight cell's column in {@link #cells}, null when no weight column is read. */
  static final String WEIGHT = "_weight";

  /** The index of the file argument a record was read from. */
  static final String FILE = "_file";

  /** The path of the file a record was read from. */
  static final String PATH = "_path";

  /** The record's place in its file, growing with its line. */
  static final String ROW = "_row";

  /**
   * The columns an export is read for, as the reader resolved them.
   *
   * @param score the score column
   * @param segments the segment columns, in key order
   * @param respondent the respondent column, when read
   * @param timestamp the timestamp column, when read
   * @param weight the weight column, when read
   * @param headerRows how many CSV records precede the data
   */
  record Columns(
      String score,
      List<String> segments,
      @Nullable String respondent,
      @Nullable String timestamp,
      @Nullable String weight,
      int headerRows) {

    Columns {
      segments = List.copyOf(segments);
    }

    /** Takes the columns a built reader reads, with the segment and weight columns it was given. */
    static Columns of(SurveyReader reader, List<String> segments, @Nullable String weight) {
      return new Columns(
          reader.scoreColumn(),
          segments,
          reader.respondentColumn().orElse(null),
          reader.timestampColumn().orElse(null),
          weight,
          reader.headerRows());
    }
  }

  private SparkExport() {}

  /**
   * Reads the header of the first file as the reader sees it.
   *
   * @param spark the session
   * @param files CSV or Parquet files
   * @param reader the reader whose preset names the columns
   * @return the header: for Parquet, the column names
   * @throws UnusableExportException when the files mix formats or the first has too few records
   */
  static SurveyHeader header(SparkSession spark, List<String> files, SurveyReader reader) {
    if (parquet(files)) {
      List<String> names = List.of(spark.read().parquet(files.get(0)).columns());
      return new SurveyHeader(names, List.of(names));
    }
    String first = files.get(0);
    List<Row> records =
        rfc4180(spark).option("header", "false").csv(first).takeAsList(reader.headerRows());
    if (records.isEmpty()) {
      throw new UnusableExportException(first + ":1: the export is empty: it has no header row");
    }
    List<List<String>> rows = new ArrayList<>();
    for (Row record : records) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < record.length(); i++) {
        String cell = record.isNullAt(i) ? "" : record.getString(i);
        if (rows.isEmpty() && i == 0 && cell.startsWith("\uFEFF")) {
          cell = cell.substring(1);
        }
        cells.add(ScoreCell.segmentValue(cell));
      }
      rows.add(cells);
    }
    try {
      return reader.header(rows);
    } catch (IllegalArgumentException e) {
      throw new UnusableExportException(first + ":1: " + e.getMessage(), e);
    }
  }

  /**
   * Reads the files as one export.
   *
   * @param spark the session
   * @param files CSV files, or Parquet files (named {@code *.parquet}), any URI Spark reads
   * @param header the first file's header, from {@link #header}
   * @param columns the columns to read
   * @return columns {@link #SCORE}, one per segment column ({@code _segment0}…), {@link #RAGGED}
   *     (null unless the record is ragged), {@link #ID}, {@link #TIMESTAMP}, {@link #WEIGHT},
   *     {@link #FILE}, {@link #PATH} and {@link #ROW}
   * @throws UnusableExportException when a column is missing or the files mix formats
   */
  static Dataset<Row> cells(
      SparkSession spark, List<String> files, SurveyHeader header, Columns columns) {
    boolean parquet = parquet(files);
    List<String> names = header.names();
    Dataset<Row> all = null;
    for (int i = 0; i < files.size(); i++) {
      Dataset<Row> part =
          parquet
              ? parquetFile(spark, files.get(i))
              : csvFile(spark, files.get(i), names, columns.headerRows());
      part = part.withColumn(FILE, lit(i));
      all = all == null ? part : all.unionByName(part);
    }
    Dataset<Row> table = java.util.Objects.requireNonNull(all);
    List<Column> selected = new ArrayList<>();
    selected.add(cell(table, header, names, parquet, columns.score(), "score", files).as(SCORE));
    for (int i = 0; i < columns.segments().size(); i++) {
      selected.add(
          cell(table, header, names, parquet, columns.segments().get(i), "segment", files)
              .as(segment(i)));
    }
    selected.add((parquet ? lit(null).cast(DataTypes.StringType) : col(RAGGED)).as(RAGGED));
    selected.add(
        optional(table, header, names, parquet, columns.respondent(), "respondent", files).as(ID));
    selected.add(
        optional(table, header, names, parquet, columns.timestamp(), "timestamp", files)
            .as(TIMESTAMP));
    selected.add(
        optional(table, header, names, parquet, columns.weight(), "weight", files).as(WEIGHT));
    selected.add(col(FILE));
    selected.add(col(PATH));
    selected.add(col(ROW));
    return table.select(selected.toArray(Column[]::new));
  }

  private static boolean parquet(List<String> files) {
    long parquet = files.stream().filter(SparkExport::isParquet).count();
    if (parquet != 0 && parquet != files.size()) {
      throw new UnusableExportException(
          "files must be all CSV or all Parquet (*.parquet) but were " + files);
    }
    return parquet != 0;
  }

  private static boolean isParquet(String file) {
    return file.toLowerCase(Locale.ROOT).endsWith(".parquet");
  }

  /**
   * Reads one CSV argument: Spark skips the first record of each file as the header; a preset's
   * further header rows are dropped by their place in the file.
   */
  private static Dataset<Row> csvFile(
      SparkSession spark, String file, List<String> names, int headerRows) {
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
            .csv(file);
    table =
        table
            .withColumn(ROW, monotonically_increasing_id())
            .withColumn(PATH, col("_metadata.file_path"));
    if (headerRows > 1) {
      String place = "_place";
      table =
          table
              .withColumn(place, row_number().over(Window.partitionBy(PATH).orderBy(ROW)))
              .filter(col(place).geq(headerRows))
              .drop(place);
    }
    return table;
  }

  private static Dataset<Row> parquetFile(SparkSession spark, String file) {
    Dataset<Row> table = spark.read().parquet(file);
    return table
        .withColumn(ROW, col("_metadata.row_index"))
        .withColumn(PATH, col("_metadata.file_path"));
  }

  private static DataFrameReader rfc4180(SparkSession spark) {
    return spark
        .read()
        .option("multiLine", "true")
        .option("quote", "\"")
        .option("escape", "\"")
        .option("encoding", "UTF-8")
        .option("ignoreLeadingWhiteSpace", "false")
        .option("ignoreTrailingWhiteSpace", "false");
  }

  private static Column optional(
      Dataset<Row> table,
      SurveyHeader header,
      List<String> names,
      boolean parquet,
      @Nullable String column,
      String role,
      List<String> files) {
    return column == null
        ? lit(null).cast(DataTypes.StringType)
        : cell(table, header, names, parquet, column, role, files);
  }

  private static Column cell(
      Dataset<Row> table,
      SurveyHeader header,
      List<String> names,
      boolean parquet,
      String column,
      String role,
      List<String> files) {
    int index = located(header, column, role, files);
    Column cell = parquet ? table.col(quoted(names.get(index))) : table.col("c" + index);
    return cell.cast(DataTypes.StringType);
  }

  private static String quoted(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  /** Names the i-th segment column in {@link #cells}. */
  static String segment(int i) {
    return "_segment" + i;
  }

  private static int located(SurveyHeader header, String column, String role, List<String> files) {
    try {
      return header.indexOf(column, role, 1);
    } catch (SurveyFormatException e) {
      throw new UnusableExportException(files.get(0) + ":1: " + e.getMessage(), e);
    }
  }
}
