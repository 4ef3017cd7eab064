package org.recovery.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.recovery.nps.NpsAccumulator;
import org.recovery.nps.NpsResult;
import org.recovery.nps.NpsScale;
import org.recovery.nps.io.ScoreCell;

class NpsAggregatorTest {
  private static final List<String> CELLS =
      List.of("10", " 9 ", "9.0", "8", "7", "6", "0", "n/a", "ten", "9.5", "11", "", "+10");

  @Test
  void aggregatesADatasetAsTheLibrarysAccumulatorDoes() {
    Random random = new Random(7);
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      cells.add(CELLS.get(random.nextInt(CELLS.size())));
    }
    var ds = SharedSpark.session().createDataset(cells, Encoders.STRING()).repartition(4);

    Row row = ds.select(new NpsAggregator().toColumn()).first();

    assertMatches(row, library(cells));
  }

  @Test
  void theSqlFunctionGroupsAndReturnsTheStruct() {
    var spark = SharedSpark.session();
    NpsAggregator.register(spark);
    StructType schema =
        new StructType().add("country", DataTypes.StringType).add("score", DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    String[][] data = {
      {"DE", "10"}, {"DE", "9"}, {"DE", "3"}, {"DE", "n/a"}, {"FR", "7"}, {"FR", null}, {"ES", "x"}
    };
    for (String[] r : data) {
      rows.add(RowFactory.create(r[0], r[1]));
    }
    spark.createDataFrame(rows, schema).createOrReplaceTempView("responses");

    List<Row> result =
        spark
            .sql(
                "SELECT country, nps(score) AS n FROM responses GROUP BY country ORDER BY"
                    + " country")
            .collectAsList();

    assertThat(result.get(0).schema().apply("n").dataType()).isEqualTo(NpsAggregator.SCHEMA);
    assertThat(result).extracting(r -> r.getString(0)).containsExactly("DE", "ES", "FR");
    assertMatches(result.get(0).getStruct(1), library(List.of("10", "9", "3")));
    Row empty = result.get(1).getStruct(1);
    assertThat(empty.getLong(0)).isZero();
    assertThat(empty.isNullAt(4)).isTrue();
    assertThat(empty.isNullAt(6)).isTrue();
    assertMatches(result.get(2).getStruct(1), library(List.of("7")));
  }

  @Test
  void theSqlFunctionReadsAnIntegerColumn() {
    var spark = SharedSpark.session();
    NpsAggregator.register(spark);

    Row n =
        spark.sql("SELECT nps(s) FROM VALUES (10), (9), (0), (12) AS t(s)").first().getStruct(0);

    assertMatches(n, library(List.of("10", "9", "0")));
  }

  private static NpsResult library(List<String> cells) {
    NpsAccumulator accumulator = NpsAccumulator.create();
    for (String cell : cells) {
      ScoreCell.parse(cell, NpsScale.defaults()).score().ifPresent(accumulator::add);
    }
    return accumulator.result();
  }

  private static void assertMatches(Row row, NpsResult expected) {
    assertThat(Arrays.asList(row.getLong(0), row.getLong(1), row.getLong(2), row.getLong(3)))
        .containsExactly(
            expected.responses(), expected.promoters(), expected.passives(), expected.detractors());
    var interval = expected.confidenceInterval().orElseThrow();
    assertThat(row.getDouble(4)).isCloseTo(expected.nps(), within(1e-9));
    assertThat(row.getDouble(5)).isCloseTo(expected.standardError(), within(1e-9));
    assertThat(row.getDouble(6)).isCloseTo(interval.low(), within(1e-9));
    assertThat(row.getDouble(7)).isCloseTo(interval.high(), within(1e-9));
  }
}
