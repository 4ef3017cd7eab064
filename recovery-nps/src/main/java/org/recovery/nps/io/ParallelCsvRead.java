package org.recovery.nps.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
   * Reads a file with the parallel scan.
   *
   * @param reader the reader's settings
   * @param file the export
   * @return the report, or empty when the reference reader must read the file
   */
  static Optional<NpsReport> read(SurveyReader reader, Path file) {
    return read(reader, file, ParallelExportScan.DEFAULT_CHUNK, ParallelExportScan.DEFAULT_WINDOW);
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
    String unsupported = unsupported(reader);
    if (unsupported != null) {
      LOG.debug("reading sequentially: {}", unsupported);
      return Optional.empty();
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      byte delimiter = (byte) reader.delimiter();
      Optional<HeaderRows> header = HeaderRows.read(channel, delimiter, reader.headerRows());
      if (header.isEmpty()) {
        LOG.debug("reading sequentially: the header rows need the reference reader");
        return Optional.empty();
      }
      List<List<String>> rows = new ArrayList<>();
      for (List<String> row : header.get().rows()) {
        rows.add(row.stream().map(RowInterpreter::segmentValue).toList());
      }
      List<String> names = reader.columnNames(rows);
      Optional<ScanLayout> layout = layout(reader, names);
      if (layout.isEmpty()) {
        LOG.debug("reading sequentially: a configured column is missing from the header");
        return Optional.empty();
      }
      if (reader.presetHeaderProblem(rows, layout.get().scoreColumn(), new long[rows.size()])
          != null) {
        // The reference reader fails with the line the unexpected header row starts on.
        LOG.debug("reading sequentially: the header rows do not fit the preset");
        return Optional.empty();
      }
      Optional<ScanTotals> totals =
          ParallelExportScan.scan(
              channel,
              layout.get(),
              header.get().dataStart(),
              header.get().breaks(),
              reader.threads(),
              chunk,
              window);
      if (totals.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(report(reader, layout.get(), totals.get()));
    } catch (IOException | UncheckedIOException e) {
      // The reference reader meets the same failure and reports it with the file's name.
      LOG.debug("reading sequentially: the file cannot be scanned ({})", e.getClass().getName());
      return Optional.empty();
    }
  }

  private static @Nullable String unsupported(SurveyReader reader) {
    if (reader.format() != SurveyFormat.CSV) {
      return "the format is " + reader.format();
    }
    if (!reader.charset().equals(StandardCharsets.UTF_8)) {
      return "the charset is " + reader.charset().name();
    }
    if (reader.delimiter() < 1 || reader.delimiter() > 127) {
      return "the delimiter is not ASCII";
    }
    if (reader.deduplicate()) {
      return "de-duplication keeps one entry per respondent";
    }
    if (reader.weightColumn().isPresent()) {
      return "weights are read per row";
    }
    if (reader.responseListener() != null) {
      return "a response listener is called per row, in file order";
    }
    return null;
  }

  private static Optional<ScanLayout> layout(SurveyReader reader, List<String> names) {
    try {
      int score = SurveyReader.indexOf(names, reader.scoreColumn(), "score", 0);
      int timestamp =
          reader.timestampColumn().isEmpty()
              ? -1
              : SurveyReader.indexOf(names, reader.timestampColumn().get(), "timestamp", 0);
      reader.respondentColumn().ifPresent(c -> SurveyReader.indexOf(names, c, "respondent", 0));
      List<Integer> segments = new ArrayList<>();
      for (String column : reader.segmentColumns()) {
        segments.add(SurveyReader.indexOf(names, column, "segment", 0));
      }
      NpsScale scale = reader.scale();
      return Optional.of(
          new ScanLayout(
              (byte) reader.delimiter(),
              names.size(),
              score,
              segments,
              timestamp,
              reader.timestampFormat() == TimestampFormat.iso(),
              reader.zone(),
              scale.min(),
              scale.max(),
              reader.maxExamples(),
              new Rules(reader)));
    } catch (SurveyFormatException e) {
      return Optional.empty();
    }
  }

  private static NpsReport report(SurveyReader reader, ScanLayout layout, ScanTotals totals) {
    NpsScale scale = reader.scale();
    Map<List<String>, NpsAccumulator> segments = new LinkedHashMap<>();
    totals.segments().forEach((key, counts) -> segments.put(key, counted(scale, counts)));
    Map<LocalDate, NpsAccumulator> periods = new LinkedHashMap<>();
    Optional<PeriodUnit> unit = reader.periodUnit();
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
              r.line(),
              ragged ? "" : configuredName(reader, layout, r.column()),
              ragged ? r.value() + " fields, expected " + layout.fieldCount() : r.value(),
              r.reason()));
    }
    ReportAccumulator accumulator = reader.newAccumulator();
    accumulator.addCounted(
        counted(scale, totals.overall()), segments, periods, rejected, examples, totals.rows());
    LOG.debug(
        "scanned {} data rows in {} chunks ({} scanned again after a wrong start guess)",
        totals.rows(),
        totals.chunks(),
        totals.rescanned());
    return accumulator.toReport(reader.segmentColumns(), reader.estimation());
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
    private final SurveyReader reader;

    Rules(SurveyReader reader) {
      this.reader = reader;
    }

    @Override
    public int score(String cell) {
      int s = ScoreSyntax.parse(cell, reader.scale().min(), reader.scale().max());
      return s >= 0 ? s : ValueRules.code(ScoreSyntax.reason(s));
    }

    @Override
    public long epochDay(String cell) {
      try {
        return reader
            .timestampFormat()
            .parse(cell, reader.zone())
            .atZone(reader.zone())
            .toLocalDate()
            .toEpochDay();
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
