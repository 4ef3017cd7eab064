package org.recovery.examples.spark;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.recovery.nps.NpsAccumulator;
import org.recovery.nps.NpsResult;
import org.recovery.nps.NpsScale;
import org.recovery.nps.io.ScoreCell;

/**
 * Aggregates score cells into the Net Promoter Score of a group on Spark, with the library's rules:
 * each cell is read by {@link ScoreCell#parse} (so {@code " 9.0 "} is 9, and {@code n/a}, {@code
 * ten}, {@code 9.5}, {@code 11} and {@code NULL} are not counted), the buffer is the library's
 * mergeable {@link NpsAccumulator}, and the result is {@link NpsAccumulator#result()} with the
 * default 95% adjusted Wald interval. Numeric columns are cast to text first, so an integer column
 * works as well. The result is a struct ({@link #SCHEMA}): {@code responses}, {@code promoters},
 * {@code passives}, {@code detractors} (longs), {@code nps}, {@code standardError}, {@code low},
 * {@code high} (doubles, null when the group has no valid score).
 *
 * <pre>{@code
 * NpsAggregator.register(spark);
 * spark.sql("SELECT country, nps(score) FROM responses GROUP BY country");
 * responses.select(new NpsAggregator().toColumn());   // on a Dataset<String>
 * }</pre>
 *
 * <p>Rows whose cell is rejected are left out of the summary, not counted by reason: {@link
 * NpsOnSpark} reports rejections. Stateless apart from its scale; thread-safe.
 */
public final class NpsAggregator extends Aggregator<String, NpsAccumulator, Row> {
  private static final long serialVersionUID = 1L;

  /** The name {@link #register} gives the SQL function. */
  public static final String FUNCTION = "nps";

  /** The struct {@code nps} returns. */
  public static final StructType SCHEMA =
      new StructType()
          .add("responses", DataTypes.LongType, false)
          .add("promoters", DataTypes.LongType, false)
          .add("passives", DataTypes.LongType, false)
          .add("detractors", DataTypes.LongType, false)
          .add("nps", DataTypes.DoubleType, true)
          .add("standardError", DataTypes.DoubleType, true)
          .add("low", DataTypes.DoubleType, true)
          .add("high", DataTypes.DoubleType, true);

  private final NpsScale scale;

  /** Creates an aggregator on the default 0-10 scale. */
  public NpsAggregator() {
    this(NpsScale.defaults());
  }

  /**
   * Creates an aggregator on a scale.
   *
   * @param scale the scale cells are read and classified on
   */
  public NpsAggregator(NpsScale scale) {
    this.scale = scale;
  }

  /**
   * Registers {@code nps(score)} as a SQL function of the session, on the default scale.
   *
   * @param spark the session
   */
  public static void register(SparkSession spark) {
    spark.udf().register(FUNCTION, functions.udaf(new NpsAggregator(), Encoders.STRING()));
  }

  /**
   * Returns an empty accumulator on this aggregator's scale.
   *
   * @return the empty buffer
   */
  @Override
  public NpsAccumulator zero() {
    return NpsAccumulator.create(scale);
  }

  /**
   * Counts one cell when it holds a valid score.
   *
   * @param buffer the group's accumulator
   * @param cell the cell, null for SQL {@code NULL} (a blank)
   * @return the buffer
   */
  @Override
  public NpsAccumulator reduce(NpsAccumulator buffer, @Nullable String cell) {
    var read = ScoreCell.parse(cell == null ? "" : cell, scale);
    if (read.score().isPresent()) {
      buffer.add(read.score().getAsInt());
    }
    return buffer;
  }

  /**
   * Merges two partial accumulators.
   *
   * @param a the first
   * @param b the second
   * @return {@code a} with {@code b}'s counts added
   */
  @Override
  public NpsAccumulator merge(NpsAccumulator a, NpsAccumulator b) {
    return a.merge(b);
  }

  /**
   * Computes the group's result as a {@link #SCHEMA} row.
   *
   * @param buffer the group's accumulator
   * @return the result
   */
  @Override
  public Row finish(NpsAccumulator buffer) {
    NpsResult r = buffer.result();
    if (r.isEmpty()) {
      return RowFactory.create(0L, 0L, 0L, 0L, null, null, null, null);
    }
    var interval = r.confidenceInterval().orElseThrow();
    return RowFactory.create(
        r.responses(),
        r.promoters(),
        r.passives(),
        r.detractors(),
        r.nps(),
        r.standardError(),
        interval.low(),
        interval.high());
  }

  /**
   * Returns how the buffer travels between executors: Java serialization of the accumulator.
   *
   * @return the buffer encoder
   */
  @Override
  public Encoder<NpsAccumulator> bufferEncoder() {
    return Encoders.javaSerialization(NpsAccumulator.class);
  }

  /**
   * Returns the result's encoder: a {@link #SCHEMA} struct.
   *
   * @return the output encoder
   */
  @Override
  public Encoder<Row> outputEncoder() {
    return Encoders.row(SCHEMA);
  }
}
