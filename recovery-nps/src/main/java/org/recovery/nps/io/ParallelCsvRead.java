package org.recovery.nps.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recovery.nps.NpsAccumulator;
import org.recovery.nps.NpsReport;
import org.recovery.nps.NpsScale;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.Rejection;
import org.recovery.nps.RejectionReason;
import org.recovery.nps.io.internal.HeaderRows;
import org.recovery.nps.io.internal.ParallelExportScan;
import org.recovery.nps.io.internal.ScanLayout;
import org.recovery.nps.io.internal.ScanTotals;
import org.recovery.nps.io.internal.ValueRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a CSV export file with the parallel byte scan ({@link ParallelExportScan}) when the result
 * is certain to equal the sequential reference read, and says so; otherwise returns empty and the
 * reference reader reads the file.
 *
 * <p>The scan is used for UTF-8 CSV files with an ASCII delimiter and without de-duplication,
 * weights or a response listener (those need every row in order). Header rows are read with the
 * reference rules for column names; a missing column, malformed UTF-8 anywhere, an unterminated
 * quote or quoting beyond RFC 4180 (text after a closing quote, a quote inside an unquoted field)
 * hand the file to the reference reader, which reports the error or reads the dialect. Cells the
 * scan does not read in place go through {@link ScoreSyntax}, {@link TimestampFormat} and {@link
 * RowInterpreter#segmentValue}, the reference reader's own rules.
 *
 * <p>Stateless and thread-safe.
 */
final class ParallelCsvRead {

  private static final Logger LOG = LoggerFactory.getLogger(ParallelCsvRead.class);

  private ParallelCsvRead() {}

  /**
   * Scans a file in parallel into an accumulator.
   *
   * @param reader the reader's settings
   * @param file the export
   * @param lineBase added to every line counted into the accumulator ({@link FileLines})
   * @return the rows counted, or empty when the reference reader must read the file
   */
  static Optional<ReportAccumulator> scan(SurveyReader reader, Path file, long lineBase) {
    return scan(
        reader,
        file,
        lineBase,
        ParallelExportScan.DEFAULT_CHUNK,
        ParallelExportScan.DEFAULT_WINDOW);
  }

  /**
   * Reads a file with the parallel scan, cut into chunks of a given size.
   *
   * @param reader the reader's settings
   * @param file the export
   * @param chunk the nominal chunk size in bytes
   * @param window the read buffer per thread in bytes
   * @return the report, or empty when the reference reader must read the file
   */
  static Optional<NpsReport> read(SurveyReader reader, Path file, long chunk, int window) {
    Optional<ReportAccumulator> scanned = scan(reader, file, 0, chunk, window);
    return scanned.isPresent() ? Optional.of(reader.report(scanned.get())) : Optional.empty();
  }

  /**
   * Reads a file with the parallel scan, cut into chunks of a given size.
   *
   * @param reader the reader's settings
   * @param file the export
   * @param chunk the nominal chunk size in bytes
   * @param window the read buffer per thread in bytes
   * @return the report, or empty when the reference reader must read the file
   */
  private static Optional<ReportAccumulator> scan(
      SurveyReader reader, Path file, long lineBase, long chunk, int window) {
    Optional<String> unsupported = unsupported(reader);
    if (unsupported.isPresent()) {
      LOG.debug("reading sequentially: {}", unsupported.get());
      return Optional.empty();
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      byte delimiter = (byte) reader.settings().delimiter();
      Optional<HeaderRows> header = HeaderRows.read(channel, delimiter, reader.headerRows());
      if (header.isEmpty()) {
        LOG.debug("reading sequentially: the header rows need the reference reader");
        return Optional.empty();
      }
      List<List<String>> rows = new ArrayList<>();
      for (List<String> row : header.get().rows()) {
        List<String> values = new ArrayList<>(row.size());
        for (String cell : row) {
          values.add(RowInterpreter.segmentValue(cell));
        }
        rows.add(Collections.unmodifiableList(values));
      }
      // The lines are not known here; any header the reader refuses goes to the reference reader,
      // which reports it with its line.
      ExportHeader exportHeader = ExportHeader.of(reader, rows, new long[rows.size()], 0);
      Optional<ScanLayout> layout = layout(reader, exportHeader);
      if (layout.isEmpty()) {
        LOG.debug(
            "reading sequentially: a configured column is missing from the header, or the header"
                + " rows do not fit the preset");
        return Optional.empty();
      }
      if (layout.get().fieldCount() == 1) {
        // An empty line of a one-column export is a blank answer, which the scan would skip.
        LOG.debug("reading sequentially: a one-column export counts its empty lines");
        return Optional.empty();
      }
      Optional<ScanTotals> totals =
          ParallelExportScan.scan(
              channel,
              layout.get(),
              header.get().dataStart(),
              header.get().breaks(),
              reader.settings().threads(),
              chunk,
              window);
      if (totals.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(accumulator(reader, layout.get(), totals.get(), lineBase));
    } catch (IOException | UncheckedIOException e) {
      // The reference reader meets the same failure and reports it with the file's name.
      LOG.debug("reading sequentially: the file cannot be scanned ({})", e.getClass().getName());
      return Optional.empty();
    }
  }

  /**
   * Decides whether the scan can read files with a reader's settings: the one place this is decided
   * ({@link SurveyReader#scansInParallel()} asks it too).
   *
   * @param reader the reader's settings
   * @return why the reference reader must read every file, or empty when the scan may
   */
  static Optional<String> unsupported(SurveyReader reader) {
    ReaderSettings settings = reader.settings();
    if (reader.format() != SurveyFormat.CSV) {
      return Optional.of("the format is " + reader.format());
    }
    if (!settings.charset().equals(StandardCharsets.UTF_8)) {
      return Optional.of("the charset is " + settings.charset().name());
    }
    if (settings.delimiter() < 1 || settings.delimiter() > 127) {
      return Optional.of("the delimiter is not ASCII");
    }
    if (settings.deduplicate()) {
      return Optional.of("de-duplication keeps one entry per respondent");
    }
    if (settings.weightColumn() != null) {
      return Optional.of("weights are read per row");
    }
    if (settings.listener() != null) {
      return Optional.of("a response listener is called per row, in file order");
    }
    return Optional.empty();
  }

  /** The segment columns as the layout takes them; it keeps its own copy. */
  private static List<Integer> segments(int[] columns) {
    List<Integer> list = new ArrayList<>(columns.length);
    for (int column : columns) {
      list.add(column);
    }
    return list;
  }

  /**
   * Places the reader's columns in the header, as the reference reader does ({@link
   * ExportHeader#positions}); empty when it would refuse the header, so that it reads the file and
   * reports why.
   */
  private static Optional<ScanLayout> layout(SurveyReader reader, ExportHeader header) {
    ReaderSettings settings = reader.settings();
    try {
      ExportHeader.Positions at = header.positions(reader);
      return Optional.of(
          new ScanLayout(
              (byte) settings.delimiter(),
              header.header().names().size(),
              at.score(),
              segments(at.segments()),
              at.timestamp(),
              reader.timestampFormat() == TimestampFormat.iso(),
              settings.zone(),
              settings.scale(),
              settings.maxExamples(),
              new Rules(reader)));
    } catch (SurveyFormatException e) {
      return Optional.empty();
    }
  }

  private static ReportAccumulator accumulator(
      SurveyReader reader, ScanLayout layout, ScanTotals totals, long lineBase) {
    NpsScale scale = reader.settings().scale();
    Map<LocalDate, NpsAccumulator> periods = new LinkedHashMap<>();
    Optional<PeriodUnit> unit = Optional.ofNullable(reader.settings().period());
    if (unit.isPresent()) {
      totals
          .days()
          .forEach(
              (day, counts) ->
                  periods.merge(
                      unit.get().start(LocalDate.ofEpochDay(day)),
                      counted(scale, counts),
                      NpsAccumulator::merge));
    }
    Map<RejectionReason, Long> rejected = new EnumMap<>(RejectionReason.class);
    for (RejectionReason reason : RejectionReason.values()) {
      rejected.put(reason, totals.rejected(reason));
    }
    List<Rejection> examples = new ArrayList<>();
    for (ScanTotals.Rejection r : totals.rejections()) {
      boolean ragged = r.reason() == RejectionReason.RAGGED_ROW;
      examples.add(
          new Rejection(
              lineBase + r.line(),
              ragged ? Optional.empty() : Optional.of(configuredName(reader, layout, r.column())),
              r.value(),
              r.reason()));
    }
    ReportAccumulator accumulator = reader.newAccumulator();
    accumulator.addCounted(
        counted(scale, totals.overall()),
        totals.segments(),
        periods,
        rejected,
        examples,
        totals.rows());
    LOG.debug(
        "scanned {} data rows in {} chunks ({} scanned again after a wrong start guess)",
        totals.rows(),
        totals.chunks(),
        totals.rescanned());
    return accumulator;
  }

  /** Names a column as the reference reader does in rejections: as configured, not as found. */
  private static String configuredName(SurveyReader reader, ScanLayout layout, int column) {
    if (column == layout.scoreColumn()) {
      return reader.scoreColumn();
    }
    return reader.timestampColumn().orElseThrow();
  }

  /**
   * Returns an accumulator holding {@code counts[i]} responses of score {@code min + i}, each of
   * weight 1: built by doubling, so the weight sums are the same exact integers a row-by-row count
   * gives.
   */
  private static NpsAccumulator counted(NpsScale scale, long[] counts) {
    NpsAccumulator total = NpsAccumulator.create(scale);
    for (int i = 0; i < counts.length; i++) {
      long n = counts[i];
      if (n == 0) {
        continue;
      }
      NpsAccumulator power = NpsAccumulator.create(scale).add(scale.min() + i);
      while (true) {
        if ((n & 1) != 0) {
          total.merge(power);
        }
        n >>>= 1;
        if (n == 0) {
          break;
        }
        power.merge(power.copy());
      }
    }
    return total;
  }

  /** The reference reader's cell rules, for the cells the scan does not read in place. */
  private static final class Rules implements ValueRules {
    private final int min;
    private final int max;
    private final TimestampFormat timestampFormat;
    private final ZoneId zone;

    Rules(SurveyReader reader) {
      this.min = reader.settings().scale().min();
      this.max = reader.settings().scale().max();
      this.timestampFormat = reader.timestampFormat();
      this.zone = reader.settings().zone();
    }

    @Override
    public int score(String cell) {
      int s = ScoreSyntax.parse(cell, min, max);
      return s >= 0 ? s : ValueRules.code(ScoreSyntax.reason(s));
    }

    @Override
    public long epochDay(String cell) {
      try {
        return timestampFormat.parse(cell, zone).atZone(zone).toLocalDate().toEpochDay();
      } catch (DateTimeException e) {
        return NO_DAY;
      }
    }

    @Override
    public String segment(String cell) {
      return RowInterpreter.segmentValue(cell);
    }
  }
}
