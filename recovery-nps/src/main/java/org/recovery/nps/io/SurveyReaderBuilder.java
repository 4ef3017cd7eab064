package org.recovery.nps.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.recovery.nps.Estimation;
import org.recovery.nps.NpsReport;
import org.recovery.nps.NpsScale;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.SurveyResponse;

/** Configures a {@link SurveyReader}; not thread-safe. */
public final class SurveyReaderBuilder {
  private SurveyPreset preset = SurveyPreset.GENERIC;
  private @Nullable SurveyFormat format;
  private @Nullable String scoreColumn;
  private @Nullable String respondentColumn;
  private @Nullable String timestampColumn;
  private @Nullable TimestampFormat timestampFormat;
  private ZoneId zone = ZoneOffset.UTC;
  private List<String> segmentColumns = List.of();
  private @Nullable String weightColumn;
  private @Nullable PeriodUnit period;
  private boolean deduplicate;
  private NpsScale scale = NpsScale.defaults();
  private Estimation estimation = Estimation.defaults();
  private char delimiter = ',';
  private Charset charset = StandardCharsets.UTF_8;
  private @Nullable Integer headerRows;
  private @Nullable Integer namesRow;
  private int maxExamples = 20;
  private @Nullable Consumer<SurveyResponse> listener;
  private int threads = Runtime.getRuntime().availableProcessors();
  private @Nullable LongConsumer progress;
  private @Nullable String sheetName;
  private int sheetNumber;

  SurveyReaderBuilder() {}

  /** Starts a builder holding a built reader's settings, as they were set. */
  SurveyReaderBuilder(ReaderSettings s) {
    this.preset = s.preset();
    this.format = s.format();
    this.scoreColumn = s.scoreColumn();
    this.respondentColumn = s.respondentColumn();
    this.timestampColumn = s.timestampColumn();
    this.timestampFormat = s.timestampFormat();
    this.zone = s.zone();
    this.segmentColumns = s.segmentColumns();
    this.weightColumn = s.weightColumn();
    this.period = s.period();
    this.deduplicate = s.deduplicate();
    this.scale = s.scale();
    this.estimation = s.estimation();
    this.delimiter = s.delimiter();
    this.charset = s.charset();
    this.headerRows = s.headerRows();
    this.namesRow = s.namesRow();
    this.maxExamples = s.maxExamples();
    this.listener = s.listener();
    this.threads = s.threads();
    this.progress = s.progress();
    this.sheetName = s.sheetName();
    this.sheetNumber = s.sheetNumber();
  }

  /**
   * Applies a survey tool's layout; values set explicitly on this builder win over the preset's.
   *
   * @param preset the layout; default {@link SurveyPreset#GENERIC}
   * @return this builder
   */
  public SurveyReaderBuilder preset(SurveyPreset preset) {
    this.preset = Objects.requireNonNull(preset, "preset");
    return this;
  }

  /**
   * Sets the file format.
   *
   * @param format CSV or JSON Lines; default the preset's (CSV)
   * @return this builder
   */
  public SurveyReaderBuilder format(SurveyFormat format) {
    this.format = Objects.requireNonNull(format, "format");
    return this;
  }

  /**
   * Sets the header of the score column. Required unless the preset names one.
   *
   * @param column the header text
   * @return this builder
   */
  public SurveyReaderBuilder scoreColumn(String column) {
    this.scoreColumn = requireName(column, "scoreColumn");
    return this;
  }

  /**
   * Sets the header of the respondent (or account) id column, used for de-duplication and passed to
   * response listeners.
   *
   * @param column the header text
   * @return this builder
   */
  public SurveyReaderBuilder respondentColumn(String column) {
    this.respondentColumn = requireName(column, "respondentColumn");
    return this;
  }

  /**
   * Sets the header of the timestamp column, used for periods and de-duplication.
   *
   * @param column the header text
   * @return this builder
   */
  public SurveyReaderBuilder timestampColumn(String column) {
    this.timestampColumn = requireName(column, "timestampColumn");
    return this;
  }

  /**
   * Sets how timestamps are written.
   *
   * @param format the format; default the preset's (ISO-8601)
   * @return this builder
   */
  public SurveyReaderBuilder timestampFormat(TimestampFormat format) {
    this.timestampFormat = Objects.requireNonNull(format, "format");
    return this;
  }

  /**
   * Sets the zone for timestamps without an offset and for the calendar of periods.
   *
   * @param zone the zone; default UTC
   * @return this builder
   */
  public SurveyReaderBuilder zone(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
    return this;
  }

  /**
   * Sets the columns whose values define segments (one segment per combination of values).
   *
   * @param columns the headers, in the order keys are reported; default none
   * @return this builder
   */
  public SurveyReaderBuilder segmentColumns(String... columns) {
    return segmentColumns(Arrays.asList(columns));
  }

  /**
   * Sets the columns whose values define segments.
   *
   * @param columns the headers, distinct, in the order keys are reported; default none
   * @return this builder
   * @throws IllegalArgumentException when a column is blank or repeated
   */
  public SurveyReaderBuilder segmentColumns(List<String> columns) {
    List<String> copy = List.copyOf(columns);
    for (String c : copy) {
      requireName(c, "segmentColumns");
    }
    if (copy.size() != copy.stream().distinct().count()) {
      throw new IllegalArgumentException("segmentColumns must be distinct but were " + copy);
    }
    this.segmentColumns = copy;
    return this;
  }

  /**
   * Sets the header of the weight column: a decimal from {@link
   * org.recovery.nps.NpsAccumulator#MIN_WEIGHT 1e-6} to {@link
   * org.recovery.nps.NpsAccumulator#MAX_WEIGHT 1e6} per row; other rows are rejected as {@code
   * BAD_WEIGHT}.
   *
   * @param column the header text; default none (every weight 1)
   * @return this builder
   */
  public SurveyReaderBuilder weightColumn(String column) {
    this.weightColumn = requireName(column, "weightColumn");
    return this;
  }

  /**
   * Groups responses into periods of their timestamp (requires a timestamp column).
   *
   * @param unit the period; default none
   * @return this builder
   */
  public SurveyReaderBuilder period(PeriodUnit unit) {
    this.period = Objects.requireNonNull(unit, "unit");
    return this;
  }

  /**
   * Keeps only the latest response per respondent per period (per respondent when periods are off):
   * the latest timestamp, or the later line on a tie or without timestamps. Rows without a
   * respondent id are all kept. Superseded rows are counted in {@link NpsReport#duplicates()}.
   * Needs memory per respondent.
   *
   * @param deduplicate true to de-duplicate; default false
   * @return this builder
   */
  public SurveyReaderBuilder deduplicate(boolean deduplicate) {
    this.deduplicate = deduplicate;
    return this;
  }

  /**
   * Sets the score scale.
   *
   * @param scale the scale; default 0-10
   * @return this builder
   */
  public SurveyReaderBuilder scale(NpsScale scale) {
    this.scale = Objects.requireNonNull(scale, "scale");
    return this;
  }

  /**
   * Sets the confidence interval settings of every result in the report.
   *
   * @param estimation the settings; default {@link Estimation#defaults()}
   * @return this builder
   */
  public SurveyReaderBuilder estimation(Estimation estimation) {
    this.estimation = Objects.requireNonNull(estimation, "estimation");
    return this;
  }

  /**
   * Sets the CSV field delimiter.
   *
   * @param delimiter any character but a quote, CR or LF; default comma
   * @return this builder
   * @throws IllegalArgumentException for a quote, CR or LF
   */
  public SurveyReaderBuilder delimiter(char delimiter) {
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
      throw new IllegalArgumentException(
          "delimiter must not be a quote or a line break but was "
              + CsvRecordParser.describe(delimiter));
    }
    this.delimiter = delimiter;
    return this;
  }

  /**
   * Sets the charset bytes are decoded with (strictly: invalid bytes are an error).
   *
   * @param charset the charset; default UTF-8
   * @return this builder
   */
  public SurveyReaderBuilder charset(Charset charset) {
    this.charset = Objects.requireNonNull(charset, "charset");
    return this;
  }

  /**
   * Sets the number of header records before the data.
   *
   * @param rows at least 1; default the preset's (1)
   * @return this builder
   */
  public SurveyReaderBuilder headerRows(int rows) {
    if (rows < 1) {
      throw new IllegalArgumentException("headerRows must be >= 1 but was " + rows);
    }
    this.headerRows = rows;
    return this;
  }

  /**
   * Sets which header record (1-based) holds the column names.
   *
   * @param row between 1 and the number of header rows; default the preset's (1)
   * @return this builder
   */
  public SurveyReaderBuilder namesRow(int row) {
    if (row < 1) {
      throw new IllegalArgumentException("namesRow must be >= 1 but was " + row);
    }
    this.namesRow = row;
    return this;
  }

  /**
   * Sets how many rejected rows are kept as examples (the first, in file order).
   *
   * @param examples at least 0; default 20
   * @return this builder
   */
  public SurveyReaderBuilder maxExamples(int examples) {
    if (examples < 0) {
      throw new IllegalArgumentException("maxExamples must be >= 0 but was " + examples);
    }
    this.maxExamples = examples;
    return this;
  }

  /**
   * Registers a listener called with every accepted response, in file order, before de-duplication
   * (for account health or recovery impact).
   *
   * @param listener the listener
   * @return this builder
   */
  public SurveyReaderBuilder onResponse(Consumer<SurveyResponse> listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /**
   * Limits how many threads read a file: a CSV file is cut into chunks scanned in parallel. Reading
   * a stream or a reader always uses the calling thread only.
   *
   * @param threads at least 1; default the number of available processors
   * @return this builder
   * @throws IllegalArgumentException when {@code threads} is below 1
   */
  public SurveyReaderBuilder threads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1 but was " + threads);
    }
    this.threads = threads;
    return this;
  }

  /**
   * Registers a listener told how many bytes of the files of one {@code read(Path)} or {@code
   * read(List)} call have been read so far, all files together, for a progress display: after each
   * block of up to 64 KiB of a file read sequentially, and once for a file scanned in parallel,
   * when it is done. Called on the reading thread; reading a stream or a reader reports nothing.
   *
   * @param listener the listener of bytes read so far
   * @return this builder
   */
  public SurveyReaderBuilder onProgress(LongConsumer listener) {
    this.progress = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /**
   * Chooses the worksheet of an {@code .xlsx} export by its name (as on its tab, exact match);
   * replaces a sheet chosen by number. Ignored for CSV and JSON Lines.
   *
   * @param name the sheet's name; default the first sheet
   * @return this builder
   * @throws IllegalArgumentException when the name is blank
   */
  public SurveyReaderBuilder sheet(String name) {
    this.sheetName = requireName(name, "sheet");
    this.sheetNumber = 0;
    return this;
  }

  /**
   * Chooses the worksheet of an {@code .xlsx} export by its place among the workbook's sheets,
   * hidden ones included, counting from 1; replaces a sheet chosen by name. Ignored for CSV and
   * JSON Lines.
   *
   * @param number at least 1; default 1, the first sheet
   * @return this builder
   * @throws IllegalArgumentException when {@code number} is below 1
   */
  public SurveyReaderBuilder sheet(int number) {
    if (number < 1) {
      throw new IllegalArgumentException("sheet number must be >= 1 but was " + number);
    }
    this.sheetNumber = number;
    this.sheetName = null;
    return this;
  }

  /**
   * Builds the reader.
   *
   * @return the reader
   * @throws IllegalStateException when no score column is known, periods lack a timestamp column,
   *     de-duplication lacks a respondent column, the names row is beyond the header rows, or
   *     columns repeat
   */
  public SurveyReader build() {
    return new SurveyReader(
        new ReaderSettings(
            preset,
            format,
            scoreColumn,
            respondentColumn,
            timestampColumn,
            timestampFormat,
            zone,
            segmentColumns,
            weightColumn,
            period,
            deduplicate,
            scale,
            estimation,
            delimiter,
            charset,
            headerRows,
            namesRow,
            maxExamples,
            listener,
            threads,
            progress,
            sheetName,
            sheetNumber));
  }

  private static String requireName(String column, String what) {
    Objects.requireNonNull(column, what);
    if (column.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return column;
  }
}
