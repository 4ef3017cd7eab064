package org.recovery.nps.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.recovery.nps.NpsReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a survey export (CSV, JSON Lines or an {@code .xlsx} worksheet, any of the text formats
 * also gzip-compressed) into an {@link NpsReport}, streaming: memory does not grow with the number
 * of rows (only with the number of segments and periods, and, when de-duplicating, respondents; a
 * workbook's shared-string table is held whole, as every reader of the format must).
 *
 * <p><b>Recognised by their bytes.</b> A file or stream starting with the gzip signature is
 * decompressed (JDK) and read as text; one starting with a zip signature is an {@code .xlsx}
 * workbook, checked before it is parsed (truncated or damaged zips, zip bombs, DOCTYPE and entity
 * declarations are refused with a {@link SurveyFormatException} naming the part) and read with the
 * optional {@code org.dhatim:fastexcel-reader} ({@link IllegalStateException} naming the artifact
 * when it is missing). Zstandard, Excel 97-2003 {@code .xls} and encrypted workbooks are refused
 * with a message saying how to make them readable. In a workbook, cells are read as a CSV export of
 * the sheet would write them (a number cell 9.0 is 9, a date-formatted cell a timestamp in the
 * configured format, a boolean TRUE/FALSE, an error its code, a formula its cached value), and a
 * row's line is its sheet row number; see {@link SurveyReaderBuilder#sheet(String)}.
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
  static final int BUFFER_SIZE = 1 << 16;
  // An OLE2 file is read only to tell an encrypted workbook from an .xls, to explain the refusal.
  private static final int MAX_OLE2_BYTES = 64 << 20;

  private final ReaderSettings settings;
  private final SurveyFormat format;
  private final String scoreColumn;
  private final @Nullable String respondentColumn;
  private final @Nullable String timestampColumn;
  private final TimestampFormat timestampFormat;
  private final int headerRows;
  private final int namesRow;

  /** Resolves the settings against the preset and checks the rules that span settings. */
  SurveyReader(ReaderSettings s) {
    this.settings = s;
    SurveyPreset preset = s.preset();
    this.format = s.format() != null ? s.format() : preset.format();
    String score = s.scoreColumn() != null ? s.scoreColumn() : preset.scoreColumn().orElse(null);
    if (score == null) {
      throw new IllegalStateException(
          "scoreColumn must be set: the preset " + preset + " does not name a score column");
    }
    this.scoreColumn = score;
    boolean perResponse = s.deduplicate() || s.listener() != null;
    this.respondentColumn =
        s.respondentColumn() != null
            ? s.respondentColumn()
            : (perResponse ? preset.respondentColumn().orElse(null) : null);
    this.timestampColumn =
        s.timestampColumn() != null
            ? s.timestampColumn()
            : (s.period() != null || perResponse ? preset.timestampColumn().orElse(null) : null);
    this.timestampFormat =
        s.timestampFormat() != null ? s.timestampFormat() : preset.timestampFormat();
    this.headerRows = s.headerRows() != null ? s.headerRows() : preset.headerRows();
    this.namesRow = s.namesRow() != null ? s.namesRow() : preset.namesRow();
    if (s.period() != null && timestampColumn == null) {
      throw new IllegalStateException(
          "period " + s.period() + " needs a timestampColumn, but none is set");
    }
    if (s.deduplicate() && respondentColumn == null) {
      throw new IllegalStateException("deduplicate needs a respondentColumn, but none is set");
    }
    if (format == SurveyFormat.CSV && (headerRows < 1 || namesRow < 1 || namesRow > headerRows)) {
      throw new IllegalStateException(
          "namesRow must be between 1 and headerRows (" + headerRows + ") but was " + namesRow);
    }
    List<String> all = new ArrayList<>();
    all.add(scoreColumn);
    all.addAll(s.segmentColumns());
    if (s.weightColumn() != null) {
      all.add(s.weightColumn());
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
  public static SurveyReaderBuilder builder() {
    return new SurveyReaderBuilder();
  }

  /**
   * Starts a builder holding this reader's settings, as they were set (values left to the preset
   * are still left to it).
   *
   * @return a new builder
   */
  public SurveyReaderBuilder toBuilder() {
    return new SurveyReaderBuilder(settings);
  }

  /**
   * Tells whether {@link #read(Path)} and {@link #read(List)} scan CSV files in parallel with these
   * settings: UTF-8 CSV with an ASCII delimiter, without de-duplication, weights or a response
   * listener (those need every row in order). Even then a file whose header or quoting the scan
   * does not handle is read sequentially, with the same result.
   *
   * @return true when files are scanned in parallel
   */
  public boolean scansInParallel() {
    return ParallelCsvRead.unsupported(this).isEmpty();
  }

  /**
   * Reads an export file. A file is scanned in parallel when {@link #scansInParallel()} says so
   * ({@link SurveyReaderBuilder#threads(int)} threads), with exactly the result of a sequential
   * read; anything else is read sequentially.
   *
   * @param file the file
   * @return the report
   * @throws SurveyFormatException when the file cannot be read reliably (missing column,
   *     unterminated quote, invalid bytes)
   * @throws UncheckedIOException when the file cannot be opened or read
   */
  public NpsReport read(Path file) {
    return report(read(file, 0, 0));
  }

  /**
   * Reads several export files as one export, in order, each scanned in parallel when {@link
   * #scansInParallel()} says so. Every CSV file must have the same header rows (compared as the
   * reader sees them: cells trimmed). Rejected rows name their file ({@link
   * org.recovery.nps.Rejection#file()}) and the line in it; de-duplication treats a later file's
   * response as later than any of an earlier file's at the same time. One file is read as by {@link
   * #read(Path)}.
   *
   * @param files the files, at least one
   * @return the report of all the files together
   * @throws IllegalArgumentException when the list is empty
   * @throws SurveyFormatException when a file cannot be read reliably or its header rows differ
   *     from the first file's; {@link SurveyFormatException#file()} names the file
   * @throws UncheckedIOException when a file cannot be opened or read
   */
  public NpsReport read(List<Path> files) {
    List<Path> all = List.copyOf(files);
    if (all.isEmpty()) {
      throw new IllegalArgumentException("files must hold at least one export but was empty");
    }
    if (all.size() == 1) {
      return read(all.get(0));
    }
    @Nullable SurveyHeader first = format == SurveyFormat.CSV ? header(all.get(0)) : null;
    ReportAccumulator total = newAccumulator();
    long bytesBefore = 0;
    for (int i = 0; i < all.size(); i++) {
      Path file = all.get(i);
      try {
        if (first != null && i > 0 && !header(file).rows().equals(first.rows())) {
          throw new SurveyFormatException(
              "its header rows differ from those of "
                  + all.get(0)
                  + "; files read as one export must have the same columns",
              1,
              "");
        }
        total.merge(read(file, FileLines.base(i), bytesBefore));
        bytesBefore += file.toFile().length();
      } catch (SurveyFormatException e) {
        throw e.inFile(file);
      }
    }
    return total.toReport(settings.segmentColumns(), settings.estimation(), all);
  }

  private ReportAccumulator read(Path file, long lineBase, long bytesBefore) {
    LongConsumer progress = settings.progress();
    ExportEncoding encoding;
    try {
      encoding = ExportEncoding.readable(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read survey export " + file, e);
    }
    if (encoding == ExportEncoding.ZIP) {
      ReportAccumulator accumulator = readWorkbook(file, lineBase);
      if (progress != null) {
        progress.accept(bytesBefore + file.toFile().length());
      }
      return accumulator;
    }
    if (encoding == ExportEncoding.TEXT) {
      Optional<ReportAccumulator> scanned = ParallelCsvRead.scan(this, file, lineBase);
      if (scanned.isPresent()) {
        if (progress != null) {
          progress.accept(bytesBefore + file.toFile().length());
        }
        return scanned.get();
      }
    }
    ReportAccumulator accumulator = newAccumulator();
    try (InputStream in = Files.newInputStream(file)) {
      InputStream counted =
          progress == null ? in : new CountingInputStream(in, bytesBefore, progress);
      InputStream text =
          encoding == ExportEncoding.GZIP ? new GunzippedInputStream(counted) : counted;
      readInto(decode(text), lineBase, accumulator);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read survey export " + file, e);
    }
    return accumulator;
  }

  private ReportAccumulator readWorkbook(Path file, long lineBase) {
    WorkbookPackage.Layout layout = WorkbookPackage.check(file);
    WorkbookPackage.requireReaderLibrary();
    return XlsxRead.read(
        this, file, layout, ExpansionCheck.start(file), lineBase, this::newAccumulator);
  }

  /**
   * Reads an export from a byte stream, recognised by its first bytes as {@link #read(Path)} does:
   * text is decoded strictly with the configured charset, gzip is decompressed as it streams, and
   * an {@code .xlsx} workbook, which a zip reader needs whole, is first copied to a temporary file
   * (deleted after). The stream is read to its end but not closed.
   *
   * @param in the bytes
   * @return the report
   * @throws SurveyFormatException when the input cannot be read reliably
   * @throws UncheckedIOException when reading fails
   */
  public NpsReport read(InputStream in) {
    PushbackInputStream head = new PushbackInputStream(in, ExportEncoding.SIGNATURE_BYTES);
    try {
      switch (ExportEncoding.of(head)) {
        case GZIP:
          return read(decode(new GunzippedInputStream(head)));
        case ZSTD:
          throw ExportEncoding.zstd();
        case OLE2:
          throw WorkbookPackage.ole2(head.readNBytes(MAX_OLE2_BYTES));
        case ZIP:
          Path copy = Files.createTempFile("recovery-export-", ".xlsx");
          try {
            Files.copy(head, copy, StandardCopyOption.REPLACE_EXISTING);
            return report(readWorkbook(copy, 0));
          } finally {
            Files.deleteIfExists(copy);
          }
        default:
          return read(decode(head));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read survey export from a stream", e);
    }
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
    readInto(in, 0, accumulator);
    return report(accumulator);
  }

  /**
   * Reads the header of an export file as this reader sees it: the header rows (cells trimmed), and
   * the column names configured columns are matched against, with the preset's multi-row names
   * merged (SurveyMonkey). For JSON Lines, the keys of the first object. Reads no further than the
   * header.
   *
   * @param file the file
   * @return the header
   * @throws SurveyFormatException when the file has fewer records than header rows, or a JSON Lines
   *     file's first line is not an object
   * @throws UncheckedIOException when the file cannot be opened or read
   */
  public SurveyHeader header(Path file) {
    try {
      ExportEncoding encoding = ExportEncoding.readable(file);
      if (encoding == ExportEncoding.ZIP) {
        WorkbookPackage.Layout layout = WorkbookPackage.check(file);
        WorkbookPackage.requireReaderLibrary();
        return XlsxRead.header(this, file, layout, ExpansionCheck.start(file));
      }
      try (InputStream in = Files.newInputStream(file)) {
        Reader text = decode(encoding == ExportEncoding.GZIP ? new GunzippedInputStream(in) : in);
        return format == SurveyFormat.JSON_LINES
            ? JsonLinesRead.header(text)
            : SequentialCsvRead.header(this, text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read survey export " + file, e);
    }
  }

  private Reader decode(InputStream in) {
    return new StrictDecodingReader(in, settings.charset(), BUFFER_SIZE);
  }

  private void readInto(Reader in, long lineBase, ReportAccumulator into) {
    LOG.debug("reading survey export as {}", format);
    if (format == SurveyFormat.JSON_LINES) {
      JsonLinesRead.read(this, in, lineBase, into);
    } else {
      SequentialCsvRead.read(this, in, lineBase, into);
    }
  }

  ReportAccumulator newAccumulator() {
    return new ReportAccumulator(
        settings.scale(), settings.period(), settings.deduplicate(), settings.maxExamples());
  }

  NpsReport report(ReportAccumulator accumulator) {
    return accumulator.toReport(settings.segmentColumns(), settings.estimation());
  }

  /**
   * Checks the header rows against the preset's layout when the layout is the preset's own (see
   * {@link SurveyPreset#headerProblem}); rows set on the builder are taken as given.
   */
  Optional<SurveyFormatException> headerProblem(List<List<String>> rows, long[] lines, int score) {
    if (!settings.presetLayout() || rows.size() < 2) {
      return Optional.empty();
    }
    return settings
        .preset()
        .headerProblem(rows, lines, namesRow, score, scoreColumn, settings.scale());
  }

  ReaderSettings settings() {
    return settings;
  }

  SurveyFormat format() {
    return format;
  }

  /**
   * Returns the score column this reader reads: the one set on the builder, else the preset's.
   *
   * @return the score column's header
   */
  public String scoreColumn() {
    return scoreColumn;
  }

  /**
   * Returns the respondent column this reader reads: the one set on the builder, else the preset's
   * when de-duplicating or when a response listener is registered.
   *
   * @return the respondent column's header, or empty when no respondent column is read
   */
  public Optional<String> respondentColumn() {
    return Optional.ofNullable(respondentColumn);
  }

  /**
   * Returns the timestamp column this reader reads: the one set on the builder, else the preset's
   * when periods or de-duplication are on or a response listener is registered.
   *
   * @return the timestamp column's header, or empty when no timestamp column is read
   */
  public Optional<String> timestampColumn() {
    return Optional.ofNullable(timestampColumn);
  }

  /**
   * Returns how this reader parses the timestamp column: the format set on the builder, else the
   * preset's ({@link SurveyPreset#timestampFormat()}).
   *
   * @return the timestamp format
   */
  public TimestampFormat timestampFormat() {
    return timestampFormat;
  }

  /**
   * Returns how many CSV records before the data this reader takes as header rows: the number set
   * on the builder, else the preset's ({@link SurveyPreset#headerRows()}).
   *
   * @return at least 1
   */
  public int headerRows() {
    return headerRows;
  }

  /**
   * Names the columns of header rows that another parser split (a Spark job), as this reader names
   * them after reading the rows itself: the names row, with the preset's multi-row names merged
   * (SurveyMonkey). Pass the rows with their cells trimmed of spaces and tabs and a leading
   * byte-order mark removed, as the reader sees them.
   *
   * @param rows the first {@link #headerRows()} records of the export, cells trimmed
   * @return the header, for {@link SurveyHeader#indexOf}
   * @throws IllegalArgumentException when there are fewer rows than {@link #headerRows()}
   */
  public SurveyHeader header(List<List<String>> rows) {
    if (rows.size() < headerRows) {
      throw new IllegalArgumentException(
          "the export has "
              + rows.size()
              + " record(s) but needs "
              + headerRows
              + " header row(s) before the data");
    }
    List<List<String>> header = List.copyOf(rows.subList(0, headerRows));
    return new SurveyHeader(settings.preset().columnNames(header, namesRow), header);
  }

  int namesRow() {
    return namesRow;
  }
}
