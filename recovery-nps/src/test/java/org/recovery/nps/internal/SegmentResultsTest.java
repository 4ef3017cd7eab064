package org.recovery.nps.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recovery.nps.Estimation;
import org.recovery.nps.NpsReport;
import org.recovery.nps.NpsResult;
import org.recovery.nps.NpsScale;
import org.recovery.nps.Rejections;
import org.recovery.nps.SegmentResult;

class SegmentResultsTest {
  private static final long BOUND = 1L << 21;

  /** Counts a segment's promoters, passives and detractors by group. */
  private static void count(SegmentAccumulator acc, String key, long p, long a, long d) {
    acc.addGrouped(new String[] {key}, new long[] {d, a, p}, 0);
  }

  @Test
  void segmentsWithCountsAtThePackingBoundAreRenderedFromTheirOwnCounts() {
    // Rendered texts are reused between segments with equal counts, keyed by the three counts
    // packed 21 bits each; a count of 2^21 no longer fits and must not pass for another segment's.
    SegmentAccumulator acc = SegmentAccumulator.create(NpsScale.defaults());
    count(acc, "a", 1, 0, 0);
    count(acc, "b", 0, BOUND, 0);
    count(acc, "c", 0, 1, 0);
    count(acc, "d", 0, 0, BOUND);
    count(acc, "e", 1, 0, 0);
    SegmentResults segments =
        SegmentResults.of(List.of("store"), acc.snapshot(), Estimation.defaults());
    long p = 2;
    long a = BOUND + 1;
    long d = BOUND;
    NpsReport report =
        new NpsReport(
            NpsResult.of(p, a, d),
            Rejections.none(),
            List.of("store"),
            segments,
            Optional.empty(),
            List.of(),
            p + a + d,
            0,
            false);

    List<String> csv = report.toCsv().lines().toList();
    assertThat(csv.get(2)).startsWith("segment,a,,,1,1,0,0,100.0,");
    assertThat(csv.get(3)).startsWith("segment,b,,,2097152,0,2097152,0,0.0,");
    assertThat(csv.get(4)).startsWith("segment,c,,,1,0,1,0,0.0,");
    assertThat(csv.get(5)).startsWith("segment,d,,,2097152,0,0,2097152,-100.0,");
    assertThat(csv.get(6)).isEqualTo(csv.get(2).replace("segment,a,", "segment,e,"));
    String json = report.toJson();
    assertThat(json)
        .contains("{\"key\":{\"store\":\"b\"},\"result\":{\"responses\":2097152,\"promoters\":0,")
        .contains("{\"key\":{\"store\":\"d\"},\"result\":{\"responses\":2097152,\"promoters\":0,");
  }

  @Test
  void theLargestSegmentsComeMostFirstAndEarlierKeysFirstAmongEqualCounts() {
    SegmentAccumulator acc = SegmentAccumulator.create(NpsScale.defaults());
    count(acc, "a", 1, 0, 0);
    count(acc, "b", 3, 0, 0);
    count(acc, "c", 2, 0, 0);
    count(acc, "d", 3, 0, 0);
    count(acc, "e", 1, 1, 0);
    SegmentResults segments =
        SegmentResults.of(List.of("store"), acc.snapshot(), Estimation.defaults());
    assertThat(segments.largest(3))
        .extracting(s -> s.key().get("store"))
        .containsExactly("b", "d", "c");
    assertThat(segments.largest(4))
        .extracting(s -> s.key().get("store"))
        .containsExactly("b", "d", "c", "e");
    assertThat(segments.largest(0)).isEmpty();
    assertThat(segments.largest(9)).extracting(SegmentResult::result).hasSize(5);
    assertThatThrownBy(() -> segments.largest(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be at least 0 but was -1");
  }
}
