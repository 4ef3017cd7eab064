package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recovery.nps.Estimation;
import org.recovery.nps.NpsAccumulator;
import org.recovery.nps.NpsReport;
import org.recovery.nps.NpsScale;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.Rejection;
import org.recovery.nps.RejectionReason;
import org.recovery.nps.internal.SegmentAccumulator;

/**
 * What one accumulator reports of the rows it is given: row by row, as a parallel scan's counts,
 * and again after a report has been built from it.
 */
class ReportAccumulatorTest {
  private static final LocalDate MAY = LocalDate.of(2026, 5, 1);
  private static final List<String> COUNTRY = List.of("country");

  private static ReportAccumulator counting(int maxExamples) {
    return new ReportAccumulator(NpsScale.defaults(), PeriodUnit.MONTH, false, maxExamples);
  }

  private static NpsReport report(ReportAccumulator accumulator) {
    return accumulator.toReport(COUNTRY, Estimation.defaults());
  }

  @Test
  void segmentValuesGivenAsAListCountTheRowAsAnArrayDoes() {
    ReportAccumulator listed = counting(3);
    ReportAccumulator arrayed = counting(3);
    listed.accept(2, 9, 1.0, List.of("US"), MAY, Long.MIN_VALUE, null);
    arrayed.accept(2, 9, 1.0, new String[] {"US"}, MAY, Long.MIN_VALUE, null);

    NpsReport report = report(listed);
    assertThat(report.overall().promoters()).isEqualTo(1);
    assertThat(report.segments()).extracting(s -> s.key().get("country")).containsExactly("US");
    assertThat(report).isEqualTo(report(arrayed));
  }

  @Test
  void countedRowsJoinTheSegmentsAlreadyCountedRowByRow() {
    ReportAccumulator accumulator = counting(3);
    accumulator.accept(2, 9, 1.0, new String[] {"US"}, MAY, Long.MIN_VALUE, null);

    SegmentAccumulator scanned = SegmentAccumulator.create(NpsScale.defaults());
    scanned.addGrouped(new String[] {"DE"}, new long[] {2, 0, 0}, 0);
    NpsAccumulator overall = NpsAccumulator.create(NpsScale.defaults()).add(0).add(0);
    accumulator.addCounted(overall, scanned, Map.of(MAY, overall.copy()), Map.of(), List.of(), 2);

    NpsReport report = report(accumulator);
    assertThat(report.segments())
        .extracting(s -> s.key().get("country"), s -> s.result().responses())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("US", 1L),
            org.assertj.core.groups.Tuple.tuple("DE", 2L));
    assertThat(report.overall().responses()).isEqualTo(3);
    assertThat(report.periods())
        .singleElement()
        .satisfies(p -> assertThat(p.result().responses()).isEqualTo(3));
    assertThat(report.dataRows()).isEqualTo(3);
  }

  @Test
  void countedExamplesJoinInLineOrderAndOnlyTheFirstAreKept() {
    ReportAccumulator accumulator = counting(3);
    accumulator.reject(10, "score", "x", RejectionReason.BLANK);
    accumulator.reject(11, "score", "y", RejectionReason.BLANK);

    accumulator.addCounted(
        NpsAccumulator.create(NpsScale.defaults()),
        SegmentAccumulator.create(NpsScale.defaults()),
        Map.of(),
        Map.of(RejectionReason.NOT_A_NUMBER, 2L),
        List.of(
            new Rejection(3, "score", "n/a", RejectionReason.NOT_A_NUMBER),
            new Rejection(4, "score", "n/b", RejectionReason.NOT_A_NUMBER)),
        2);

    NpsReport report = report(accumulator);
    assertThat(report.rejected().examples())
        .extracting(Rejection::line)
        .containsExactly(3L, 4L, 10L);
    assertThat(report.rejected().count()).isEqualTo(4);
    assertThat(report.rejected().count(RejectionReason.NOT_A_NUMBER)).isEqualTo(2);
    assertThat(report.dataRows()).isEqualTo(4);
  }

  @Test
  void buildingAReportOfDeduplicatedRowsLeavesTheAccumulatorAsItWas() {
    ReportAccumulator accumulator =
        new ReportAccumulator(NpsScale.defaults(), PeriodUnit.MONTH, true, 3);
    accumulator.accept(2, 3, 1.0, new String[] {"US"}, MAY, 1L, "r1");
    accumulator.accept(3, 9, 1.0, new String[] {"US"}, MAY, 2L, "r1");

    NpsReport first = report(accumulator);
    NpsReport second = report(accumulator);

    assertThat(first.overall().responses()).isEqualTo(1);
    assertThat(first.overall().promoters()).isEqualTo(1);
    assertThat(first.duplicates()).isEqualTo(1);
    assertThat(second).isEqualTo(first);
  }

  private static ReportAccumulator sample() {
    ReportAccumulator accumulator =
        new ReportAccumulator(NpsScale.defaults(), PeriodUnit.MONTH, true, 3);
    accumulator.accept(2, 9, 1.0, new String[] {"US"}, MAY, 1L, "r1");
    accumulator.accept(3, 9, 1.0, new String[] {"US"}, MAY, 2L, "r1");
    accumulator.accept(4, 0, 2.0, new String[] {"DE"}, MAY, Long.MIN_VALUE, null);
    accumulator.reject(5, "score", "n/a", RejectionReason.NOT_A_NUMBER);
    accumulator.reject(6, null, "a,b,c", RejectionReason.RAGGED_ROW);
    return accumulator;
  }

  @Test
  void anAccumulatorWithRejectedExamplesSerializesToAnEqualCopy()
      throws IOException, ClassNotFoundException {
    ReportAccumulator accumulator = sample();
    ReportAccumulator copy = roundTrip(accumulator);

    assertThat(copy).isEqualTo(accumulator).hasSameHashCodeAs(accumulator);
    assertThat(report(copy)).isEqualTo(report(accumulator));
    assertThat(report(copy).rejected().examples()).hasSize(2);
  }

  @Test
  void everyPartOfAnExampleSurvivesSerialization() throws IOException, ClassNotFoundException {
    ReportAccumulator accumulator = counting(5);
    Rejection inFile =
        new Rejection(3, "score", "n/a", RejectionReason.NOT_A_NUMBER)
            .inFile(Path.of("exports", "may.csv"), 2);
    Rejection wholeRow = new Rejection(4, Optional.empty(), "a,b", RejectionReason.RAGGED_ROW);
    accumulator.addCounted(
        NpsAccumulator.create(NpsScale.defaults()),
        SegmentAccumulator.create(NpsScale.defaults()),
        Map.of(),
        Map.of(RejectionReason.NOT_A_NUMBER, 1L, RejectionReason.RAGGED_ROW, 1L),
        List.of(inFile, wholeRow),
        2);

    assertThat(report(roundTrip(accumulator)).rejected().examples())
        .containsExactly(inFile, wholeRow);
  }

  @Test
  void accumulatorsGivenDifferentRowsDiffer() throws IOException, ClassNotFoundException {
    ReportAccumulator accumulator = sample();
    ReportAccumulator more = sample();
    more.accept(7, 5, 1.0, new String[] {"DE"}, MAY, Long.MIN_VALUE, null);

    assertThat(more).isNotEqualTo(accumulator);
    assertThat(more.hashCode()).isNotEqualTo(accumulator.hashCode());
    assertThat(accumulator).isNotEqualTo(report(accumulator));
  }

  private static ReportAccumulator roundTrip(ReportAccumulator accumulator)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(accumulator);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (ReportAccumulator) in.readObject();
    }
  }
}
