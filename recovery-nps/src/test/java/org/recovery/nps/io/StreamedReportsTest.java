package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recovery.nps.Estimation;
import org.recovery.nps.IntervalMethod;
import org.recovery.nps.NpsReport;
import org.recovery.nps.NpsScale;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.RejectionReason;
import org.recovery.nps.SegmentResult;

/**
 * Reports with segments computed on demand stream the same JSON and CSV as the same report holding
 * every {@link SegmentResult} as an object, which is how every report was rendered before.
 */
class StreamedReportsTest {

  private static final String[] VALUES = {
    "US", "DE", "=cmd", "-1", "a,b", "say \"hi\"", "two\nlines", "ümlaut", "日本", "", "z"
  };

  @Test
  void streamedJsonAndCsvEqualTheRenderingOfMaterialisedSegments() {
    qt().withExamples(150)
        .forAll(longs().all(), integers().between(0, 400), integers().between(1, 3))
        .checkAssert(
            (seed, rows, depth) -> {
              NpsReport streamed = report(seed, rows, depth);
              NpsReport materialised = materialised(streamed);

              assertThat(write(streamed, true)).isEqualTo(materialised.toJson());
              assertThat(write(streamed, false)).isEqualTo(materialised.toCsv());
              assertThat(streamed.toJson()).isEqualTo(materialised.toJson());
              assertThat(streamed.toCsv()).isEqualTo(materialised.toCsv());
              assertThat(streamed).isEqualTo(materialised);
            });
  }

  @Test
  void streamedRowsRunAcrossTheWritersBlocksOfSegmentsUnchanged() {
    NpsReport streamed = report(11, 6_000, 3);
    NpsReport materialised = materialised(streamed);

    // Writers read segments in blocks of a few hundred; this report fills several.
    assertThat(streamed.segments()).hasSizeGreaterThan(1_000);
    assertThat(write(streamed, true)).isEqualTo(materialised.toJson());
    assertThat(write(streamed, false)).isEqualTo(materialised.toCsv());
  }

  @Test
  void largestSegmentsAreTheMostAnsweredWithTiesInKeyOrder() {
    NpsReport report = report(7, 2_000, 1);
    NpsReport materialised = materialised(report);

    List<SegmentResult> largest = report.largestSegments(5);

    assertThat(largest).isEqualTo(materialised.largestSegments(5));
    for (int i = 1; i < largest.size(); i++) {
      long before = largest.get(i - 1).result().responses();
      long after = largest.get(i).result().responses();
      assertThat(before).isGreaterThanOrEqualTo(after);
    }
    assertThat(report.largestSegments(0)).isEmpty();
    assertThat(report.largestSegments(10_000)).hasSize(report.segments().size());
  }

  private static String write(NpsReport report, boolean json) {
    StringWriter out = new StringWriter();
    try {
      if (json) {
        report.writeJson(out);
      } else {
        report.writeCsv(out);
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toString();
  }

  /** A report built as the readers build it: weighted for some seeds, with periods. */
  private static NpsReport report(long seed, int rows, int depth) {
    SplittableRandom random = new SplittableRandom(seed);
    boolean weighted = random.nextInt(3) == 0;
    ReportAccumulator accumulator =
        new ReportAccumulator(NpsScale.defaults(), PeriodUnit.MONTH, false, 3);
    String[] key = new String[depth];
    for (int line = 2; line < rows + 2; line++) {
      if (random.nextInt(20) == 0) {
        accumulator.reject(line, "score", "n/a", RejectionReason.NOT_A_NUMBER);
        continue;
      }
      for (int c = 0; c < depth; c++) {
        // Many rare values and a few common ones, as a respondent id beside a country does.
        key[c] =
            random.nextBoolean()
                ? VALUES[random.nextInt(VALUES.length)]
                : "R" + random.nextInt(1 + rows);
      }
      double weight = weighted ? 0.25 + random.nextInt(8) / 4.0 : 1.0;
      accumulator.accept(
          line,
          random.nextInt(11),
          weight,
          key,
          LocalDate.of(2026, 1 + random.nextInt(3), 1),
          Long.MIN_VALUE,
          null);
    }
    List<String> columns = new ArrayList<>();
    for (int c = 0; c < depth; c++) {
      columns.add("column " + c);
    }
    Estimation estimation =
        Estimation.builder()
            .method(seed % 2 == 0 ? IntervalMethod.WALD : IntervalMethod.ADJUSTED_WALD)
            .build();
    return accumulator.toReport(columns, estimation);
  }

  private static NpsReport materialised(NpsReport report) {
    return new NpsReport(
        report.overall(),
        report.rejected(),
        report.segmentColumns(),
        new ArrayList<>(report.segments()),
        report.periodUnit(),
        report.periods(),
        report.dataRows(),
        report.duplicates(),
        report.deduplicated());
  }
}
