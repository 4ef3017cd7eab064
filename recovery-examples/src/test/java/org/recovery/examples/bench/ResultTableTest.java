package org.recovery.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultTableTest {

  @Test
  void rendersAlignedColumnsWithAllocationWhenProfiled() {
    var table =
        new ResultTable(
            List.of(
                new ResultTable.Row(
                    "DecideBenchmark.recovery",
                    "thrpt",
                    5,
                    5_123_456.7,
                    81_234.5,
                    "ops/s",
                    Optional.of(712.0)),
                new ResultTable.Row(
                    "DecideBenchmark.easyRules",
                    "thrpt",
                    5,
                    612_345.0,
                    9_876.0,
                    "ops/s",
                    Optional.of(18_432.0))));

    assertThat(table.render())
        .isEqualTo(
            """
            Benchmark                  Mode   Cnt      Score     Error  Units  Alloc B/op
            DecideBenchmark.recovery   thrpt    5  5,123,457  ± 81,235  ops/s         712
            DecideBenchmark.easyRules  thrpt    5    612,345   ± 9,876  ops/s      18,432
            """);
  }

  @Test
  void leavesOutTheAllocationColumnWithoutTheGcProfiler() {
    var table =
        new ResultTable(
            List.of(
                new ResultTable.Row(
                    "NpsAccumulateBenchmark.add",
                    "avgt",
                    2,
                    1.25,
                    Double.NaN,
                    "ns/op",
                    Optional.empty())));

    assertThat(table.render())
        .isEqualTo(
            """
            Benchmark                   Mode  Cnt  Score  Error  Units
            NpsAccumulateBenchmark.add  avgt    2  1.250         ns/op
            """);
  }
}
