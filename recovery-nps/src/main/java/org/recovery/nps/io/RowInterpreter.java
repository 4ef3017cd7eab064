package org.recovery.nps.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.RejectionReason;
import org.recovery.nps.SurveyResponse;

/**
 * Turns the cells of one data row into an accepted response or one rejection, and hands it to a
 * {@link ReportAccumulator}. The cells are the configured columns' texts after CSV unquoting (or a
 * JSON value's text); a faster parser that finds the same cells can call {@link #interpret} and get
 * identical results. Checks run in the order of {@link RejectionReason}: score, then timestamp,
 * then weight; the first failure is the row's reason.
 *
 * <p>Not thread-safe (it caches the last period): one per reading thread.
 */
final class RowInterpreter {
  private final int min;
  private final int max;
  private final String scoreColumn;
  private final @Nullable String respondentColumn;
  private final @Nullable String timestampColumn;
  private final @Nullable String weightColumn;
  private final List<String> segmentColumns;
  private final TimestampFormat timestampFormat;
  private final ZoneId zone;
  private final @Nullable PeriodUnit periodUnit;
  private final @Nullable Consumer<SurveyResponse> listener;

  /** The segment cells of the record being interpreted, reused from record to record. */
  private final String[] segmentCells;

  RowInterpreter(SurveyReader reader) {
    ReaderSettings settings = reader.settings();
    this.min = settings.scale().min();
    this.max = settings.scale().max();
    this.scoreColumn = reader.scoreColumn();
    this.respondentColumn = reader.respondentColumn().orElse(null);
    this.timestampColumn = reader.timestampColumn().orElse(null);
    this.weightColumn = settings.weightColumn();
    this.segmentColumns = settings.segmentColumns();
    this.timestampFormat = reader.timestampFormat();
    this.zone = settings.zone();
    this.periodUnit = settings.period();
    this.listener = settings.listener();
    this.segmentCells = new String[segmentColumns.size()];
  }

  /**
   * Interprets one record of a columnar export (CSV records, worksheet rows): the cells at the
   * header's positions, segment cells trimmed as {@link #segmentValue} trims them.
   *
   * @param line the line the record starts on, numbered by {@link FileLines}
   * @param at where the counted columns are
   * @param cell the record's cell text at a position
   * @param into where the row is counted
   */
  void interpret(
      long line, ExportHeader.Positions at, IntFunction<String> cell, ReportAccumulator into) {
    int[] segments = at.segments();
    for (int i = 0; i < segments.length; i++) {
      segmentCells[i] = segmentValue(cell.apply(segments[i]));
    }
    interpret(
        line,
        cell.apply(at.score()),
        at.respondent() < 0 ? null : cell.apply(at.respondent()),
        at.timestamp() < 0 ? null : cell.apply(at.timestamp()),
        at.weight() < 0 ? null : cell.apply(at.weight()),
        segmentCells,
        into);
  }

  /**
   * Interprets one data row.
   *
   * @param line the line the record starts on, numbered by {@link FileLines}
   * @param score the score cell
   * @param respondentId the respondent cell, null when no respondent column is read
   * @param timestamp the timestamp cell, null when no timestamp column is read
   * @param weight the weight cell, null when no weight column is read
   * @param segment the segment cells in configured order, in an array the caller reuses
   * @param into where the row is counted
   */
  void interpret(
      long line,
      String score,
      @Nullable String respondentId,
      @Nullable String timestamp,
      @Nullable String weight,
      String[] segment,
      ReportAccumulator into) {
    int s = ScoreSyntax.parse(score, min, max);
    if (s < 0) {
      into.reject(line, scoreColumn, score, ScoreSyntax.reason(s));
      return;
    }
    Instant at = null;
    LocalDate periodStart = null;
    if (timestamp != null && timestampColumn != null) {
      try {
        at = timestampFormat.parse(timestamp, zone);
        if (periodUnit != null) {
          periodStart = periodStart(at);
        }
      } catch (DateTimeException e) {
        into.reject(line, timestampColumn, timestamp, RejectionReason.BAD_TIMESTAMP);
        return;
      }
    }
    double w = 1.0;
    if (weight != null && weightColumn != null) {
      OptionalDouble parsed = WeightCell.parse(weight);
      if (parsed.isEmpty()) {
        into.reject(line, weightColumn, weight, RejectionReason.BAD_WEIGHT);
        return;
      }
      w = parsed.getAsDouble();
    }
    String id = respondentId == null ? null : segmentValue(respondentId);
    long nanos = at == null ? Long.MIN_VALUE : toNanos(at);
    into.accept(line, s, w, segment, periodStart, nanos, id);
    if (listener != null) {
      LinkedHashMap<String, String> seg = new LinkedHashMap<>();
      for (int i = 0; i < segmentColumns.size(); i++) {
        seg.put(segmentColumns.get(i), segment[i]);
      }
      listener.accept(
          new SurveyResponse(
              FileLines.line(line),
              s,
              w,
              id == null || id.isEmpty() ? Optional.empty() : Optional.of(id),
              Optional.ofNullable(at),
              seg));
    }
  }

  // Consecutive rows mostly fall on the same day: reuse the last day's period start.
  private long lastEpochDay = Long.MIN_VALUE;
  private @Nullable LocalDate lastPeriodStart;

  private LocalDate periodStart(Instant at) {
    long epochDay =
        zone instanceof ZoneOffset offset
            ? Math.floorDiv(at.getEpochSecond() + offset.getTotalSeconds(), 86_400L)
            : at.atZone(zone).toLocalDate().toEpochDay();
    LocalDate start = lastPeriodStart;
    if (epochDay != lastEpochDay || start == null) {
      start = java.util.Objects.requireNonNull(periodUnit).start(LocalDate.ofEpochDay(epochDay));
      lastEpochDay = epochDay;
      lastPeriodStart = start;
    }
    return start;
  }

  private static long toNanos(Instant at) {
    try {
      return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000_000L), at.getNano());
    } catch (ArithmeticException e) {
      return at.getEpochSecond() < 0 ? Long.MIN_VALUE + 1 : Long.MAX_VALUE;
    }
  }

  /** Trims spaces and tabs from a segment cell, as the score grammar trims. */
  static String segmentValue(String cell) {
    int start = 0;
    int end = cell.length();
    while (start < end && ScoreSyntax.isTrimmed(cell.charAt(start))) {
      start++;
    }
    while (end > start && ScoreSyntax.isTrimmed(cell.charAt(end - 1))) {
      end--;
    }
    return cell.substring(start, end);
  }
}
