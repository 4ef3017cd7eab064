package org.recovery.nps.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.recovery.nps.Estimation;
import org.recovery.nps.NpsReport;
import org.recovery.nps.NpsScale;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.RejectionReason;
import org.recovery.nps.SurveyResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a survey export (CSV or JSON Lines) into an {@link NpsReport}, streaming: memory does not
 * grow with the number of rows (only with the number of segments and periods, and, when
 * de-duplicating, respondents).
 *
 * <pre>{@code
 * NpsReport report = SurveyReader.builder()
 *     .scoreColumn("How likely are you to recommend us?")
 *     .segmentColumns("Country")
 *     .timestampColumn("submitted_at")
 *     .period(PeriodUnit.ISO_WEEK)
 *     .build()
 *     .read(Path.of("export.csv"));
 * }</pre>
 *
 * <p><b>Bytes and records.</b> Input is decoded strictly as UTF-8 (or the configured charset):
 * invalid bytes fail with {@link SurveyEncodingException} naming the byte offset. A leading
 * byte-order mark is removed. CSV is split per RFC 4180 with the configured delimiter; CR, LF and
 * CRLF all end lines, also inside quoted fields; lines are numbered from 1 counting header rows,
 * and a record's line is the line it starts on. Empty lines are skipped. The end of input inside a
 * quoted field fails with {@link SurveyFormatException} giving the line the record started on.
 *
 * <p><b>Rows.</b> A data row is a CSV record after the header rows. An empty line (no characters at
 * all, outside quotes) is not a record and is skipped, except in a one-column export: there an
 * empty line is how a blank score is written, so it is a data row rejected as {@code BLANK}. Every
 * data row is either a response or exactly one rejection (or, when de-duplicating, a duplicate), so
 * responses + rejected + duplicates = data rows, always: a row whose field count differs from the
 * header's is {@code RAGGED_ROW}; then the score cell is read by this grammar (after trimming
 * spaces and tabs): empty, {@code N/A}, {@code NA}, {@code #N/A}, {@code NULL} or {@code -} (any
 * case) is {@code BLANK}; text not matching {@code [+-]?[0-9]+(\.[0-9]+)?} is {@code NOT_A_NUMBER}
 * ({@code ten}, {@code 10/10}, {@code 1e1}, {@code 9.}, {@code .5}); a non-zero fraction is {@code
 * NOT_AN_INTEGER} ({@code 9.5}); an integer off the scale is {@code OUT_OF_RANGE} ({@code 11},
 * {@code -1}); so {@code 9}, {@code 9 }, {@code 9.0}, {@code 09} and {@code +9} are 9. Then a
 * timestamp that does not parse is {@code BAD_TIMESTAMP} and a weight that is not a decimal ({@code
 * [+]?digits[.digits][e[+-]digits]}) from {@link org.recovery.nps.NpsAccumulator#MIN_WEIGHT 1e-6}
 * to {@link org.recovery.nps.NpsAccumulator#MAX_WEIGHT 1e6} is {@code BAD_WEIGHT} (so 0, negative,
 * blank and huge weights such as an id read as {@code 5e300} are rejected, never counted). Segment
 * values are trimmed of spaces and tabs.
 *
 * <p><b>Columns.</b> Columns are found by header text (trimmed of spaces and tabs; exact match,
 * else a unique case-insensitive match; the first of duplicates wins). A configured column that is
 * missing fails with {@link SurveyFormatException} listing the headers found. A preset's respondent
 * column is read only when de-duplicating or when a response listener is registered, and its
 * timestamp column only when periods or de-duplication are on; columns set explicitly are always
 * read.
 *
 * <p>Immutable and thread-safe; each {@code read} call has its own state. A registered response
 * listener is called on the reading thread, in file order.
 */
public final class SurveyReader {
  private static final Logger LOG = LoggerFactory.getLogger(SurveyReader.class);
  private static final int BUFFER_SIZE = 1 << 16;

  private final Builder settings;
  private final SurveyFormat format;
  private final String scoreColumn;
  private final @Nullable String respondentColumn;
  private final @Nullable String timestampColumn;
  private final TimestampFormat timestampFormat;
  private final int headerRows;
  private final int namesRow;

  private SurveyReader(Builder b) {
    this.settings = b.copy();
    SurveyPreset preset = b.preset;
    this.format = b.format != null ? b.format : preset.format();
    String score = b.scoreColumn != null ? b.scoreColumn : preset.scoreColumn().orElse(null);
    if (score == null) {
      throw new IllegalStateException(
          "scoreColumn must be set: the preset " + preset + " does not name a score column");
    }
    this.scoreColumn = score;
    this.respondentColumn =
        b.respondentColumn != null
            ? b.respondentColumn
            : (b.deduplicate || b.listener != null ? preset.respondentColumn().orElse(null) : null);
    this.timestampColumn =
        b.timestampColumn != null
            ? b.timestampColumn
            : (b.period != null || b.deduplicate || b.listener != null
                ? preset.timestampColumn().orElse(null)
                : null);
    this.timestampFormat = b.timestampFormat != null ? b.timestampFormat : preset.timestampFormat();
    this.headerRows = b.headerRows != null ? b.headerRows : preset.headerRows();
    this.namesRow = b.namesRow != null ? b.namesRow : preset.namesRow();
    if (b.period != null && timestampColumn == null) {
      throw new IllegalStateException(
          "period " + b.period + " needs a timestampColumn, but none is set");
    }
    if (b.deduplicate && respondentColumn == null) {
      throw new IllegalStateException("deduplicate needs a respondentColumn, but none is set");
    }
    if (format == SurveyFormat.CSV && (headerRows < 1 || namesRow < 1 || namesRow > headerRows)) {
      throw new IllegalStateException(
          "namesRow must be between 1 and headerRows (" + headerRows + ") but was " + namesRow);
    }
    List<String> all = new ArrayList<>();
    all.add(scoreColumn);
    all.addAll(b.segmentColumns);
    if (b.weightColumn != null) {
      all.add(b.weightColumn);
    }
    if (all.size() != all.stream().distinct().count()) {
      throw new IllegalStateException(
          "score, segment and weight columns must be distinct but were " + all);
    }
  }

  /**
   * Starts a builder with the defaults: CSV, comma, strict UTF-8, one header row, 0-10 scale, ISO
   * timestamps in UTC, no segments, no periods, no weights, no de-duplication, 20 examples.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this reader's settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return settings.copy();
  }

  /**
   * Reads an export file. A UTF-8 CSV file without de-duplication, weights or a response listener
   * is scanned in parallel ({@link Builder#threads(int)}), with exactly the result of a sequential
   * read; anything else is read sequentially.
   *
   * @param file the file
   * @return the report
   * @throws SurveyFormatException when the file cannot be read reliably (missing column,
   *     unterminated quote, invalid bytes)
   * @throws UncheckedIOException when the file cannot be opened or read
   */
  public NpsReport read(Path file) {
    Optional<NpsReport> scanned = ParallelCsvRead.read(this, file);
    if (scanned.isPresent()) {
      return scanned.get();
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read survey export " + file, e);
    }
  }

  /**
   * Reads an export from a byte stream, decoding it strictly with the configured charset. The
   * stream is read to its end but not closed.
   *
   * @param in the bytes
   * @return the report
   * @throws SurveyFormatException when the input cannot be read reliably
   * @throws UncheckedIOException when reading fails
   */
  public NpsReport read(InputStream in) {
    return read(new StrictDecodingReader(in, settings.charset, BUFFER_SIZE));
  }

  /**
   * Reads an export from decoded text. The reader is read to its end but not closed.
   *
   * @param in the text
   * @return the report
   * @throws SurveyFormatException when the input cannot be read reliably
   * @throws UncheckedIOException when reading fails
   */
  public NpsReport read(Reader in) {
    ReportAccumulator accumulator = newAccumulator();
    readInto(in, accumulator);
    return accumulator.toReport(settings.segmentColumns, settings.estimation);
  }

  ReportAccumulator newAccumulator() {
    return new ReportAccumulator(
        settings.scale, settings.period, settings.deduplicate, settings.maxExamples);
  }

  RowInterpreter interpreter() {
    return new RowInterpreter(this, respondentColumn, timestampColumn);
  }

  void readInto(Reader in, ReportAccumulator into) {
    LOG.debug("reading survey export as {}", format);
    if (format == SurveyFormat.JSON_LINES) {
      readJsonLines(in, into);
    } else {
      readCsv(in, into);
    }
  }

  private void readCsv(Reader in, ReportAccumulator into) {
    CsvRecordParser parser = new CsvRecordParser(in, settings.delimiter, BUFFER_SIZE);
    List<String> names = List.of();
    try {
      List<List<String>> header = new ArrayList<>();
      long[] headerLines = new long[headerRows];
      long namesLine = 1;
      for (int i = 1; i <= headerRows; i++) {
        if (!parser.next()) {
          throw new SurveyFormatException(
              "the export has "
                  + header.size()
                  + " record(s) but needs "
                  + headerRows
                  + " header row(s) before the data",
              parser.currentLine(),
              "");
        }
        List<String> row = new ArrayList<>();
        for (int f = 0; f < parser.fieldCount(); f++) {
          row.add(RowInterpreter.segmentValue(parser.field(f)));
        }
        if (i == namesRow) {
          namesLine = parser.line();
        }
        headerLines[i - 1] = parser.line();
        header.add(row);
      }
      names = columnNames(header);
      int score = indexOf(names, scoreColumn, "score", namesLine);
      SurveyFormatException layoutProblem = presetHeaderProblem(header, score, headerLines);
      if (layoutProblem != null) {
        throw layoutProblem;
      }
      int respondent =
          respondentColumn == null ? -1 : indexOf(names, respondentColumn, "respondent", namesLine);
      int timestamp =
          timestampColumn == null ? -1 : indexOf(names, timestampColumn, "timestamp", namesLine);
      int weight =
          settings.weightColumn == null
              ? -1
              : indexOf(names, settings.weightColumn, "weight", namesLine);
      int[] segments = new int[settings.segmentColumns.size()];
      for (int i = 0; i < segments.length; i++) {
        segments[i] = indexOf(names, settings.segmentColumns.get(i), "segment", namesLine);
      }
      boolean[] wanted = new boolean[names.size()];
      wanted[score] = true;
      for (int i : new int[] {respondent, timestamp, weight}) {
        if (i >= 0) {
          wanted[i] = true;
        }
      }
      for (int i : segments) {
        wanted[i] = true;
      }
      parser.capture(wanted);
      int expected = names.size();
      RowInterpreter interpreter = interpreter();
      String[] segmentValues = new String[segments.length];
      long emptyLines = parser.emptyLines();
      while (parser.next()) {
        long line = parser.line();
        if (expected == 1) {
          // The empty lines skipped since the last record are the lines just before this one.
          long skipped = parser.emptyLines() - emptyLines;
          emptyLines = parser.emptyLines();
          rejectEmptyLines(line - skipped, skipped, into);
        }
        if (parser.fieldCount() != expected) {
          into.reject(line, null, parser.rawText(), RejectionReason.RAGGED_ROW);
          continue;
        }
        for (int i = 0; i < segments.length; i++) {
          segmentValues[i] = RowInterpreter.segmentValue(parser.field(segments[i]));
        }
        interpreter.interpret(
            line,
            parser.field(score),
            respondent < 0 ? null : parser.field(respondent),
            timestamp < 0 ? null : parser.field(timestamp),
            weight < 0 ? null : parser.field(weight),
            List.of(segmentValues),
            into);
      }
      if (expected == 1) {
        long skipped = parser.emptyLines() - emptyLines;
        rejectEmptyLines(parser.currentLine() - skipped, skipped, into);
      }
    } catch (UnterminatedQuoteException e) {
      String column = e.fieldIndex() < names.size() ? names.get(e.fieldIndex()) : "";
      throw new SurveyFormatException(
          "unterminated quoted field: the record starting at line "
              + e.recordLine()
              + " opens a quote on line "
              + e.quoteLine()
              + " in field "
              + (e.fieldIndex() + 1)
              + (column.isEmpty() ? "" : " (column \"" + column + "\")")
              + " that is not closed before the end of the input",
          e.recordLine(),
          column);
    } catch (InvalidBytesException e) {
      throw encodingError(e, parser.currentLine());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Counts empty lines of a one-column export as blank answers: there an empty line is how a blank
   * score is written, so it is a data row rejected as BLANK rather than skipped unseen.
   */
  private void rejectEmptyLines(long firstLine, long count, ReportAccumulator into) {
    for (long i = 0; i < count; i++) {
      into.reject(firstLine + i, scoreColumn, "", RejectionReason.BLANK);
    }
  }

  private SurveyEncodingException encodingError(InvalidBytesException e, long line) {
    return new SurveyEncodingException(
        "invalid "
            + e.charsetName()
            + " bytes "
            + e.bytes()
            + " at byte offset "
            + e.byteOffset()
            + " (line "
            + line
            + "): re-export the file as "
            + e.charsetName()
            + " or set the reader's charset to the one it was written in",
        line,
        e.byteOffset());
  }

  List<String> columnNames(List<List<String>> header) {
    List<String> names = header.get(namesRow - 1);
    if (settings.preset != SurveyPreset.SURVEYMONKEY || header.size() < 2) {
      return names;
    }
    // SurveyMonkey leaves row-1 cells blank where a question spans several columns.
    List<String> labels = header.get(1);
    List<String> merged = new ArrayList<>();
    String question = "";
    for (int i = 0; i < names.size(); i++) {
      String label = i < labels.size() ? labels.get(i) : "";
      if (!names.get(i).isEmpty()) {
        question = names.get(i);
        merged.add(question);
      } else {
        merged.add(question + " / " + label);
      }
    }
    return merged;
  }

  /**
   * Checks that the extra header rows a preset assumes really are header rows, so that a data row
   * is never taken for a header and silently dropped: a Qualtrics export's third row must be the
   * {@code {"ImportId":…}} row, and no extra header row of any preset may hold a valid score in the
   * score column. Only run when the header rows come from the preset (not set on the builder).
   *
   * @param header the header rows, cells trimmed
   * @param score the index of the score column
   * @param lines the line each header row starts on
   * @return the failure to throw, or null when the layout fits
   */
  @Nullable SurveyFormatException presetHeaderProblem(
      List<List<String>> header, int score, long[] lines) {
    SurveyPreset preset = settings.preset;
    if (settings.headerRows != null || settings.namesRow != null || header.size() < 2) {
      return null;
    }
    if (preset == SurveyPreset.QUALTRICS && header.size() >= 3) {
      List<String> row = header.get(2);
      String first = row.isEmpty() ? "" : row.get(0);
      if (!(first.startsWith("{") && first.contains("\"ImportId\""))) {
        return new SurveyFormatException(
            "expected the Qualtrics ImportId row ({\"ImportId\":…}) on line "
                + lines[2]
                + " but found \""
                + excerpt(row)
                + "\"; for a legacy export (V1, V2, … header) use the QUALTRICS_LEGACY preset,"
                + " for an export without that row set headerRows(2)",
            lines[2],
            "");
      }
    }
    for (int r = namesRow; r < header.size(); r++) {
      List<String> row = header.get(r);
      if (score < row.size()
          && ScoreSyntax.parse(row.get(score), scale().min(), scale().max()) >= 0) {
        return new SurveyFormatException(
            "expected header row "
                + (r + 1)
                + " of the "
                + preset
                + " preset on line "
                + lines[r]
                + " but found a score \""
                + row.get(score)
                + "\" in column \""
                + scoreColumn
                + "\", so it looks like data: check the preset, or set headerRows("
                + r
                + ") for an export with fewer header rows",
            lines[r],
            scoreColumn);
      }
    }
    return null;
  }

  /** Joins a row's cells with commas, cut to 80 characters, for an error message. */
  private static String excerpt(List<String> row) {
    String text = String.join(",", row);
    return text.length() <= 80 ? text : text.substring(0, 79) + "…";
  }

  static int indexOf(List<String> names, String column, String role, long line) {
    int found = names.indexOf(column);
    if (found >= 0) {
      return found;
    }
    int match = -1;
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(column)) {
        if (match >= 0) {
          match = -2;
          break;
        }
        match = i;
      }
    }
    if (match >= 0) {
      return match;
    }
    throw new SurveyFormatException(
        role
            + " column \""
            + column
            + "\" not found in the header on line "
            + line
            + "; headers found: "
            + names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", ")),
        line,
        column);
  }

  private void readJsonLines(Reader in, ReportAccumulator into) {
    LineSplitter lines = new LineSplitter(in, BUFFER_SIZE);
    RowInterpreter interpreter = interpreter();
    String[] segmentValues = new String[settings.segmentColumns.size()];
    try {
      String text;
      while ((text = lines.next()) != null) {
        long line = lines.line();
        if (text.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
          into.reject(line, null, text, RejectionReason.MALFORMED_RECORD);
          continue;
        }
        if (node == null || !node.isObject()) {
          into.reject(line, null, text, RejectionReason.MALFORMED_RECORD);
          continue;
        }
        for (int i = 0; i < segmentValues.length; i++) {
          segmentValues[i] =
              RowInterpreter.segmentValue(cell(node, settings.segmentColumns.get(i)));
        }
        interpreter.interpret(
            line,
            cell(node, scoreColumn),
            respondentColumn == null ? null : cell(node, respondentColumn),
            timestampColumn == null ? null : cell(node, timestampColumn),
            settings.weightColumn == null ? null : cell(node, settings.weightColumn),
            List.of(segmentValues),
            into);
      }
    } catch (InvalidBytesException e) {
      throw encodingError(e, lines.line());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // A JSON value's text: strings as they are, numbers in plain decimal notation, null or missing
  // as "", anything else as its JSON text (which the score grammar rejects as NOT_A_NUMBER).
  private static String cell(JsonNode object, String key) {
    JsonNode value = object.get(key);
    if (value == null || value.isNull()) {
      return "";
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isNumber()) {
      return value.decimalValue().toPlainString();
    }
    return value.toString();
  }

  NpsScale scale() {
    return settings.scale;
  }

  String scoreColumn() {
    return scoreColumn;
  }

  Optional<String> weightColumn() {
    return Optional.ofNullable(settings.weightColumn);
  }

  List<String> segmentColumns() {
    return settings.segmentColumns;
  }

  TimestampFormat timestampFormat() {
    return timestampFormat;
  }

  ZoneId zone() {
    return settings.zone;
  }

  Optional<PeriodUnit> periodUnit() {
    return Optional.ofNullable(settings.period);
  }

  @Nullable Consumer<SurveyResponse> responseListener() {
    return settings.listener;
  }

  Optional<String> respondentColumn() {
    return Optional.ofNullable(respondentColumn);
  }

  Optional<String> timestampColumn() {
    return Optional.ofNullable(timestampColumn);
  }

  SurveyFormat format() {
    return format;
  }

  char delimiter() {
    return settings.delimiter;
  }

  Charset charset() {
    return settings.charset;
  }

  int headerRows() {
    return headerRows;
  }

  boolean deduplicate() {
    return settings.deduplicate;
  }

  int maxExamples() {
    return settings.maxExamples;
  }

  int threads() {
    return settings.threads;
  }

  Estimation estimation() {
    return settings.estimation;
  }

  /** Holds the JSON mapper, created on first use: building one costs a CSV read ~0.3 s. */
  private static final class Json {
    static final ObjectMapper MAPPER =
        new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Json() {}
  }

  /** Configures a {@link SurveyReader}; not thread-safe. */
  public static final class Builder {
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

    private Builder() {}

    private Builder copy() {
      Builder b = new Builder();
      b.preset = preset;
      b.format = format;
      b.scoreColumn = scoreColumn;
      b.respondentColumn = respondentColumn;
      b.timestampColumn = timestampColumn;
      b.timestampFormat = timestampFormat;
      b.zone = zone;
      b.segmentColumns = segmentColumns;
      b.weightColumn = weightColumn;
      b.period = period;
      b.deduplicate = deduplicate;
      b.scale = scale;
      b.estimation = estimation;
      b.delimiter = delimiter;
      b.charset = charset;
      b.headerRows = headerRows;
      b.namesRow = namesRow;
      b.maxExamples = maxExamples;
      b.listener = listener;
      b.threads = threads;
      return b;
    }

    /**
     * Applies a survey tool's layout; values set explicitly on this builder win over the preset's.
     *
     * @param preset the layout; default {@link SurveyPreset#GENERIC}
     * @return this builder
     */
    public Builder preset(SurveyPreset preset) {
      this.preset = Objects.requireNonNull(preset, "preset");
      return this;
    }

    /**
     * Sets the file format.
     *
     * @param format CSV or JSON Lines; default the preset's (CSV)
     * @return this builder
     */
    public Builder format(SurveyFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /**
     * Sets the header of the score column. Required unless the preset names one.
     *
     * @param column the header text
     * @return this builder
     */
    public Builder scoreColumn(String column) {
      this.scoreColumn = requireName(column, "scoreColumn");
      return this;
    }

    /**
     * Sets the header of the respondent (or account) id column, used for de-duplication and passed
     * to response listeners.
     *
     * @param column the header text
     * @return this builder
     */
    public Builder respondentColumn(String column) {
      this.respondentColumn = requireName(column, "respondentColumn");
      return this;
    }

    /**
     * Sets the header of the timestamp column, used for periods and de-duplication.
     *
     * @param column the header text
     * @return this builder
     */
    public Builder timestampColumn(String column) {
      this.timestampColumn = requireName(column, "timestampColumn");
      return this;
    }

    /**
     * Sets how timestamps are written.
     *
     * @param format the format; default the preset's (ISO-8601)
     * @return this builder
     */
    public Builder timestampFormat(TimestampFormat format) {
      this.timestampFormat = Objects.requireNonNull(format, "format");
      return this;
    }

    /**
     * Sets the zone for timestamps without an offset and for the calendar of periods.
     *
     * @param zone the zone; default UTC
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Sets the columns whose values define segments (one segment per combination of values).
     *
     * @param columns the headers, in the order keys are reported; default none
     * @return this builder
     */
    public Builder segmentColumns(String... columns) {
      return segmentColumns(Arrays.asList(columns));
    }

    /**
     * Sets the columns whose values define segments.
     *
     * @param columns the headers, distinct, in the order keys are reported; default none
     * @return this builder
     * @throws IllegalArgumentException when a column is blank or repeated
     */
    public Builder segmentColumns(List<String> columns) {
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
    public Builder weightColumn(String column) {
      this.weightColumn = requireName(column, "weightColumn");
      return this;
    }

    /**
     * Groups responses into periods of their timestamp (requires a timestamp column).
     *
     * @param unit the period; default none
     * @return this builder
     */
    public Builder period(PeriodUnit unit) {
      this.period = Objects.requireNonNull(unit, "unit");
      return this;
    }

    /**
     * Keeps only the latest response per respondent per period (per respondent when periods are
     * off): the latest timestamp, or the later line on a tie or without timestamps. Rows without a
     * respondent id are all kept. Superseded rows are counted in {@link NpsReport#duplicates()}.
     * Needs memory per respondent.
     *
     * @param deduplicate true to de-duplicate; default false
     * @return this builder
     */
    public Builder deduplicate(boolean deduplicate) {
      this.deduplicate = deduplicate;
      return this;
    }

    /**
     * Sets the score scale.
     *
     * @param scale the scale; default 0-10
     * @return this builder
     */
    public Builder scale(NpsScale scale) {
      this.scale = Objects.requireNonNull(scale, "scale");
      return this;
    }

    /**
     * Sets the confidence interval settings of every result in the report.
     *
     * @param estimation the settings; default {@link Estimation#defaults()}
     * @return this builder
     */
    public Builder estimation(Estimation estimation) {
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
    public Builder delimiter(char delimiter) {
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
    public Builder charset(Charset charset) {
      this.charset = Objects.requireNonNull(charset, "charset");
      return this;
    }

    /**
     * Sets the number of header records before the data.
     *
     * @param rows at least 1; default the preset's (1)
     * @return this builder
     */
    public Builder headerRows(int rows) {
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
    public Builder namesRow(int row) {
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
    public Builder maxExamples(int examples) {
      if (examples < 0) {
        throw new IllegalArgumentException("maxExamples must be >= 0 but was " + examples);
      }
      this.maxExamples = examples;
      return this;
    }

    /**
     * Registers a listener called with every accepted response, in file order, before
     * de-duplication (for account health or recovery impact).
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder onResponse(Consumer<SurveyResponse> listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Limits how many threads read a file: a CSV file is cut into chunks scanned in parallel.
     * Reading a stream or a reader always uses the calling thread only.
     *
     * @param threads at least 1; default the number of available processors
     * @return this builder
     * @throws IllegalArgumentException when {@code threads} is below 1
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1 but was " + threads);
      }
      this.threads = threads;
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
      return new SurveyReader(this);
    }

    private static String requireName(String column, String what) {
      Objects.requireNonNull(column, what);
      if (column.isBlank()) {
        throw new IllegalArgumentException(what + " must not be blank");
      }
      return column;
    }
  }
}
