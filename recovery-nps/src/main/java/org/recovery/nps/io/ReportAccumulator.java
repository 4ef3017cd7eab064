package org.recovery.nps.io;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.recovery.nps.Estimation;
import org.recovery.nps.NpsAccumulator;
import org.recovery.nps.NpsReport;
import org.recovery.nps.NpsScale;
import org.recovery.nps.PeriodResult;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.Rejection;
import org.recovery.nps.RejectionReason;
import org.recovery.nps.Rejections;
import org.recovery.nps.internal.SegmentAccumulator;
import org.recovery.nps.internal.SegmentResults;

/**
 * Aggregates the interpreted rows of one export, or of one chunk of it, into everything an {@link
 * NpsReport} holds. This is the seam between parsing and aggregation: a parser (the reference CSV
 * and JSON Lines readers, or a parallel scanner working chunk by chunk) calls {@link #accept} for
 * every accepted row and {@link #reject} for every rejected row; chunk accumulators are then
 * combined with {@link #merge}, and {@link #toReport} builds the report.
 *
 * <p>Merging is associative and commutative, and merging the accumulators of consecutive chunks
 * gives the same report as one pass, provided each chunk reports its rows with their true
 * (whole-file) line numbers: examples are kept as the first {@code maxExamples} by line, and
 * de-duplication keeps, per respondent and period, the response with the latest timestamp (the
 * later line on a tie or without timestamps).
 *
 * <p>Memory is flat in rows: per period one {@link NpsAccumulator}; per segment a dense id and a
 * few counts in flat arrays ({@link SegmentAccumulator}), so millions of segments fit; only
 * de-duplication keeps one entry per respondent and period.
 *
 * <p>Not thread-safe: one accumulator per thread, merged at the end. Serializable, so chunks can be
 * aggregated on other machines.
 */
final class ReportAccumulator implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Examples in line order; a class, not a lambda, for the start-up cost of linking one. */
  private static final Comparator<Rejection> BY_LINE =
      new Comparator<>() {
        @Override
        public int compare(Rejection a, Rejection b) {
          return Long.compare(a.line(), b.line());
        }
      };

  private final NpsScale scale;
  private final int maxExamples;
  private final boolean deduplicate;
  private final @Nullable PeriodUnit periodUnit;
  private final NpsAccumulator overall;
  private SegmentAccumulator segments;
  private final HashMap<LocalDate, NpsAccumulator> periods = new HashMap<>();
  private final long[] rejectedByReason = new long[RejectionReason.values().length];
  // Written by writeObject: a Rejection holds Optionals, which do not serialize.
  private transient ArrayList<Rejection> examples = new ArrayList<>();
  private final HashMap<DedupKey, Kept> kept = new HashMap<>();
  private long dataRows;
  private long duplicates;

  ReportAccumulator(
      NpsScale scale, @Nullable PeriodUnit periodUnit, boolean deduplicate, int maxExamples) {
    this.scale = Objects.requireNonNull(scale, "scale");
    this.periodUnit = periodUnit;
    this.deduplicate = deduplicate;
    this.maxExamples = maxExamples;
    this.overall = NpsAccumulator.create(scale);
    this.segments = SegmentAccumulator.create(scale);
  }

  /** Creates an empty accumulator with the same settings, for another chunk. */
  ReportAccumulator emptyCopy() {
    return new ReportAccumulator(scale, periodUnit, deduplicate, maxExamples);
  }

  /**
   * Counts an accepted row.
   *
   * @param line the line the record starts on
   * @param score the score, on the scale
   * @param weight the weight, finite and at least 0
   * @param segment the segment values in configured column order (empty when not segmented)
   * @param periodStart the first day of the row's period, null when periods are off
   * @param timestampNanos the row's timestamp in nanoseconds since the epoch (as {@code
   *     Instant.getEpochSecond() * 1e9 + nano}, saturating), or {@link Long#MIN_VALUE} when there
   *     is none; only used to choose among duplicates
   * @param respondentId the respondent id trimmed of spaces and tabs, null or empty when there is
   *     none (never de-duplicated)
   */
  void accept(
      long line,
      int score,
      double weight,
      List<String> segment,
      @Nullable LocalDate periodStart,
      long timestampNanos,
      @Nullable String respondentId) {
    accept(
        line,
        score,
        weight,
        segment.toArray(new String[0]),
        periodStart,
        timestampNanos,
        respondentId);
  }

  /**
   * Counts an accepted row, its segment values in an array the caller may reuse for the next row
   * (this accumulator keeps none of it), so reading a row allocates no key.
   *
   * @param line the line the record starts on
   * @param score the score, on the scale
   * @param weight the weight, finite and at least 0
   * @param segment the segment values in configured column order (empty when not segmented)
   * @param periodStart the first day of the row's period, null when periods are off
   * @param timestampNanos the row's timestamp in nanoseconds since the epoch, or {@link
   *     Long#MIN_VALUE} when there is none
   * @param respondentId the respondent id trimmed of spaces and tabs, null or empty when there is
   *     none (never de-duplicated)
   */
  void accept(
      long line,
      int score,
      double weight,
      String[] segment,
      @Nullable LocalDate periodStart,
      long timestampNanos,
      @Nullable String respondentId) {
    dataRows++;
    if (deduplicate && respondentId != null && !respondentId.isEmpty()) {
      DedupKey key = new DedupKey(respondentId, periodStart);
      Kept candidate = new Kept(timestampNanos, line, score, weight, List.of(segment), periodStart);
      Kept previous = kept.get(key);
      if (previous == null) {
        kept.put(key, candidate);
      } else {
        duplicates++;
        if (candidate.isLaterThan(previous)) {
          kept.put(key, candidate);
        }
      }
      return;
    }
    count(score, weight, segment, periodStart);
  }

  private void count(int score, double weight, String[] segment, @Nullable LocalDate period) {
    overall.add(score, weight);
    if (segment.length > 0) {
      segments.add(segment, score, weight);
    }
    if (period != null) {
      periods.computeIfAbsent(period, k -> NpsAccumulator.create(scale)).add(score, weight);
    }
  }

  /**
   * Counts a rejected row and keeps it as an example while fewer than {@code maxExamples} are kept.
   * Rows must be reported in line order within one accumulator.
   */
  void reject(long line, @Nullable String column, String value, RejectionReason reason) {
    dataRows++;
    rejectedByReason[reason.ordinal()]++;
    if (examples.size() < maxExamples) {
      examples.add(new Rejection(line, Optional.ofNullable(column), value, reason));
    }
  }

  /**
   * Adds rows a parallel scan has counted: accepted rows (weight 1, no respondent) per score
   * overall, per segment and per period start, and rejected rows by reason with their first
   * examples. The scan does not count a row into more than one of these groups twice; the caller
   * guarantees no de-duplication is configured.
   */
  void addCounted(
      NpsAccumulator overallCounts,
      SegmentAccumulator segmentCounts,
      Map<LocalDate, NpsAccumulator> periodCounts,
      Map<RejectionReason, Long> rejected,
      List<Rejection> rejectedExamples,
      long rows) {
    if (deduplicate) {
      throw new IllegalStateException("counted rows cannot be de-duplicated");
    }
    overall.merge(overallCounts);
    if (segments.size() == 0) {
      // The scan's counts are handed over whole: merging millions of keys one by one would copy.
      segments = segmentCounts;
    } else {
      segments.merge(segmentCounts);
    }
    addPeriods(periodCounts);
    for (Map.Entry<RejectionReason, Long> e : rejected.entrySet()) {
      rejectedByReason[e.getKey().ordinal()] += e.getValue();
    }
    examples.addAll(rejectedExamples);
    examples.sort(BY_LINE);
    while (examples.size() > maxExamples) {
      examples.remove(examples.size() - 1);
    }
    dataRows += rows;
  }

  /** Adds copies of per-period counts to this accumulator's. */
  private void addPeriods(Map<LocalDate, NpsAccumulator> from) {
    for (Map.Entry<LocalDate, NpsAccumulator> e : from.entrySet()) {
      NpsAccumulator mine = periods.get(e.getKey());
      NpsAccumulator copy = e.getValue().copy();
      periods.put(e.getKey(), mine == null ? copy : mine.merge(copy));
    }
  }

  /** Adds another accumulator's rows to this one; the other is left unchanged. */
  ReportAccumulator merge(ReportAccumulator other) {
    if (!scale.equals(other.scale)
        || periodUnit != other.periodUnit
        || deduplicate != other.deduplicate
        || maxExamples != other.maxExamples) {
      throw new IllegalArgumentException("cannot merge report accumulators with other settings");
    }
    overall.merge(other.overall);
    segments.merge(other.segments);
    addPeriods(other.periods);
    for (int i = 0; i < rejectedByReason.length; i++) {
      rejectedByReason[i] += other.rejectedByReason[i];
    }
    examples.addAll(other.examples);
    examples.sort(BY_LINE);
    while (examples.size() > maxExamples) {
      examples.remove(examples.size() - 1);
    }
    for (Map.Entry<DedupKey, Kept> e : other.kept.entrySet()) {
      Kept previous = kept.get(e.getKey());
      if (previous == null) {
        kept.put(e.getKey(), e.getValue());
      } else {
        duplicates++;
        if (e.getValue().isLaterThan(previous)) {
          kept.put(e.getKey(), e.getValue());
        }
      }
    }
    duplicates += other.duplicates;
    dataRows += other.dataRows;
    return this;
  }

  /** Builds the report of one export; this accumulator is left unchanged. */
  NpsReport toReport(List<String> segmentColumns, Estimation estimation) {
    return toReport(segmentColumns, estimation, List.of());
  }

  /**
   * Builds the report; this accumulator is left unchanged.
   *
   * @param segmentColumns the segment columns, in key order
   * @param estimation the interval settings
   * @param files for several files read as one, the files in the order their lines were numbered
   *     ({@link FileLines}), so that each example names its file and its line in it; empty for one
   *     export
   */
  NpsReport toReport(List<String> segmentColumns, Estimation estimation, List<Path> files) {
    // Only the kept duplicates need counting into a copy; the counts are otherwise read as they
    // are, through a snapshot, so millions of segments are not copied.
    ReportAccumulator all = kept.isEmpty() ? this : emptyCopy().merge(this);
    for (Kept k : all.kept.values()) {
      all.count(k.score, k.weight, k.segment.toArray(new String[0]), k.periodStart);
    }
    SegmentResults segmentResults =
        SegmentResults.of(segmentColumns, all.segments.snapshot(), estimation);
    List<PeriodResult> periodResults =
        periodUnit == null ? List.of() : PeriodResult.series(periodUnit, all.periods, estimation);
    EnumMap<RejectionReason, Long> byReason = new EnumMap<>(RejectionReason.class);
    long rejected = 0;
    for (RejectionReason r : RejectionReason.values()) {
      byReason.put(r, all.rejectedByReason[r.ordinal()]);
      rejected += all.rejectedByReason[r.ordinal()];
    }
    return new NpsReport(
        all.overall.result(estimation),
        new Rejections(rejected, byReason, named(all.examples, files)),
        segmentColumns,
        segmentResults,
        Optional.ofNullable(periodUnit),
        periodResults,
        all.dataRows,
        all.duplicates,
        deduplicate);
  }

  private static List<Rejection> named(List<Rejection> examples, List<Path> files) {
    if (files.isEmpty()) {
      return examples;
    }
    return examples.stream()
        .map(r -> r.inFile(files.get(FileLines.file(r.line())), FileLines.line(r.line())))
        .toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportAccumulator other
        && scale.equals(other.scale)
        && periodUnit == other.periodUnit
        && deduplicate == other.deduplicate
        && maxExamples == other.maxExamples
        && overall.equals(other.overall)
        && segments.equals(other.segments)
        && periods.equals(other.periods)
        && java.util.Arrays.equals(rejectedByReason, other.rejectedByReason)
        && examples.equals(other.examples)
        && kept.equals(other.kept)
        && dataRows == other.dataRows
        && duplicates == other.duplicates;
  }

  @Override
  public int hashCode() {
    return Objects.hash(overall, segments.size(), periods.size(), dataRows, duplicates);
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    out.writeInt(examples.size());
    for (Rejection r : examples) {
      out.writeLong(r.line());
      out.writeObject(r.column().orElse(null));
      out.writeObject(r.value());
      out.writeObject(r.reason());
      out.writeObject(r.file().map(Path::toString).orElse(null));
    }
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    int n = in.readInt();
    examples = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long line = in.readLong();
      Optional<String> column = Optional.ofNullable((String) in.readObject());
      String value = (String) in.readObject();
      RejectionReason reason = (RejectionReason) in.readObject();
      Optional<Path> file = Optional.ofNullable((String) in.readObject()).map(Path::of);
      examples.add(new Rejection(line, column, value, reason, file));
    }
  }

  private record DedupKey(String respondentId, @Nullable LocalDate period)
      implements Serializable {}

  private record Kept(
      long timestampNanos,
      long line,
      int score,
      double weight,
      List<String> segment,
      @Nullable LocalDate periodStart)
      implements Serializable {
    boolean isLaterThan(Kept other) {
      if (timestampNanos != other.timestampNanos) {
        return timestampNanos > other.timestampNanos;
      }
      return line > other.line;
    }
  }
}
