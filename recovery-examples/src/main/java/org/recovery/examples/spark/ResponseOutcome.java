package org.recovery.examples.spark;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.OptionalDouble;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.recovery.nps.NpsScale;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.RejectionReason;
import org.recovery.nps.io.ScoreCell;
import org.recovery.nps.io.TimestampFormat;
import org.recovery.nps.io.WeightCell;

/**
 * Decides one record's outcome as the reader's row rules do, in their order: a ragged record, then
 * the score ({@link ScoreCell#parse}), the timestamp ({@link TimestampFormat#parse}) and the weight
 * ({@link WeightCell#parse}); the first failure is the record's one rejection. An accepted record
 * gets its score, the first day of its period, its timestamp (to choose among duplicates) and its
 * weight. A Spark SQL function returning a {@link #TYPE} struct; immutable and serializable.
 */
final class ResponseOutcome implements UDF4<String, String, String, String, Row> {
  private static final long serialVersionUID = 1L;

  /** The outcome's score field: the score, or {@code -1 - reason.ordinal()} for a rejection. */
  static final String OUTCOME = "outcome";

  /** The epoch day the record's period starts on, null without periods or for a rejection. */
  static final String DAY = "day";

  /** The timestamp in nanoseconds since the epoch, {@link Long#MIN_VALUE} when there is none. */
  static final String NANOS = "nanos";

  /** The record's weight, 1 without a weight column. */
  static final String WEIGHT = "weight";

  /** The struct the function returns. */
  static final StructType TYPE =
      new StructType()
          .add(OUTCOME, DataTypes.IntegerType, false)
          .add(DAY, DataTypes.IntegerType, true)
          .add(NANOS, DataTypes.LongType, false)
          .add(WEIGHT, DataTypes.DoubleType, false);

  private final NpsScale scale;
  private final @Nullable TimestampFormat timestamps;
  private final ZoneId zone;
  private final @Nullable PeriodUnit period;
  private final boolean weights;

  /**
   * Creates the rules of one report.
   *
   * @param scale the score scale
   * @param timestamps how timestamps are written, null when no timestamp column is read
   * @param zone the zone of periods and of timestamps without an offset
   * @param period the period grouping, null for none
   * @param weights whether a weight column is read
   */
  ResponseOutcome(
      NpsScale scale,
      @Nullable TimestampFormat timestamps,
      ZoneId zone,
      @Nullable PeriodUnit period,
      boolean weights) {
    this.scale = scale;
    this.timestamps = timestamps;
    this.zone = zone;
    this.period = period;
    this.weights = weights;
  }

  /**
   * Decides a record's outcome.
   *
   * @param score the score cell, null for an empty field
   * @param ragged the raw record when its field count is off, else null
   * @param timestamp the timestamp cell, null for an empty field or when none is read
   * @param weight the weight cell, null for an empty field or when none is read
   * @return a {@link #TYPE} row
   */
  @Override
  public Row call(
      @Nullable String score,
      @Nullable String ragged,
      @Nullable String timestamp,
      @Nullable String weight) {
    if (ragged != null) {
      return rejected(RejectionReason.RAGGED_ROW);
    }
    var cell = ScoreCell.parse(text(score), scale);
    if (cell.score().isEmpty()) {
      return rejected(cell.rejection().orElseThrow());
    }
    long nanos = Long.MIN_VALUE;
    Integer day = null;
    if (timestamps != null) {
      try {
        Instant at = timestamps.parse(text(timestamp), zone);
        nanos = nanos(at);
        if (period != null) {
          day = (int) period.start(at.atZone(zone).toLocalDate()).toEpochDay();
        }
      } catch (DateTimeException e) {
        return rejected(RejectionReason.BAD_TIMESTAMP);
      }
    }
    double w = 1.0;
    if (weights) {
      OptionalDouble parsed = WeightCell.parse(text(weight));
      if (parsed.isEmpty()) {
        return rejected(RejectionReason.BAD_WEIGHT);
      }
      w = parsed.getAsDouble();
    }
    return RowFactory.create(cell.score().getAsInt(), day, nanos, w);
  }

  /** Decodes a rejection from {@link #OUTCOME}. */
  static RejectionReason reason(int outcome) {
    return RejectionReason.values()[-1 - outcome];
  }

  private static Row rejected(RejectionReason reason) {
    return RowFactory.create(-1 - reason.ordinal(), null, Long.MIN_VALUE, 1.0);
  }

  private static String text(@Nullable String cell) {
    return cell == null ? "" : cell;
  }

  /** Orders timestamps as the reader orders duplicates: nanoseconds, saturating far from 1970. */
  private static long nanos(Instant at) {
    try {
      return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000_000L), at.getNano());
    } catch (ArithmeticException e) {
      return at.getEpochSecond() < 0 ? Long.MIN_VALUE + 1 : Long.MAX_VALUE;
    }
  }
}
