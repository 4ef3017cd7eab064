package org.recovery.nps.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.recovery.nps.Estimation;
import org.recovery.nps.NpsAccumulator;
import org.recovery.nps.NpsCategory;
import org.recovery.nps.NpsScale;

/**
 * The flat per-segment counts against one {@link NpsAccumulator} per key, kept in a plain map: the
 * same results, key order, merge laws and equality, at every size the tables grow through.
 */
class SegmentAccumulatorPropertiesTest {
  private static final NpsScale SCALE = NpsScale.defaults();

  /**
   * A row: first key value (0..59, so the tables grow past their initial 16), second, score,
   * weight.
   */
  private static final Gen<List<int[]>> ROWS =
      lists()
          .of(
              integers()
                  .between(0, 59)
                  .zip(
                      integers().between(0, 2),
                      integers().between(0, 10),
                      integers().between(0, 8),
                      (a, b, score, quarter) -> new int[] {a, b, score, quarter}))
          .ofSizeBetween(0, 120);

  private static String[] key(int[] row, boolean twoColumns) {
    // Two values with the same hash code ("Aa", "BB") share a slot, so probing is exercised.
    String first =
        row[0] % 7 == 0 ? ((row[0] / 7) % 2 == 0 ? "Aa" : "BB") + row[0] / 14 : "k" + row[0];
    return twoColumns ? new String[] {first, "c" + row[1]} : new String[] {first};
  }

  /**
   * 1 in unweighted runs; otherwise a multiple of 1/4 up to 9/4 (exact in binary), 1 among them.
   */
  private static double weight(int[] row, boolean weighted) {
    return weighted ? (row[3] + 1) / 4.0 : 1.0;
  }

  private static SegmentAccumulator accumulate(List<int[]> rows, boolean two, boolean weighted) {
    SegmentAccumulator acc = SegmentAccumulator.create(SCALE);
    for (int[] row : rows) {
      acc.add(key(row, two), row[2], weight(row, weighted));
    }
    return acc;
  }

  @Test
  void eachSegmentGivesWhatItsOwnAccumulatorGives() {
    qt().withExamples(200)
        .forAll(ROWS, booleans().all(), booleans().all())
        .check(
            (rows, two, weighted) -> {
              SegmentAccumulator segments = accumulate(rows, two, weighted);
              Map<List<String>, NpsAccumulator> plain = new HashMap<>();
              for (int[] row : rows) {
                plain
                    .computeIfAbsent(List.of(key(row, two)), k -> NpsAccumulator.create())
                    .add(row[2], weight(row, weighted));
              }
              boolean allOne = rows.stream().allMatch(r -> weight(r, weighted) == 1.0);
              if (segments.size() != plain.size() || segments.unweighted() != allOne) {
                return false;
              }
              List<List<String>> expectedOrder = new ArrayList<>(plain.keySet());
              expectedOrder.sort(KEY_ORDER);
              int[] order = segments.keyOrder();
              for (int i = 0; i < order.length; i++) {
                int id = order[i];
                List<String> key = new ArrayList<>();
                for (int c = 0; c < segments.depth(); c++) {
                  key.add(segments.value(id, c));
                }
                NpsAccumulator want = plain.get(key);
                if (!key.equals(expectedOrder.get(i))
                    || segments.responses(id) != want.responses()
                    || segments.count(id, NpsCategory.PROMOTER) != want.count(NpsCategory.PROMOTER)
                    || segments.count(id, NpsCategory.PASSIVE) != want.count(NpsCategory.PASSIVE)
                    || segments.count(id, NpsCategory.DETRACTOR)
                        != want.count(NpsCategory.DETRACTOR)
                    || !segments.result(id, Estimation.defaults()).equals(want.result())) {
                  return false;
                }
              }
              return true;
            });
  }

  private static final Comparator<List<String>> KEY_ORDER =
      (a, b) -> {
        for (int c = 0; c < a.size(); c++) {
          int order = a.get(c).compareTo(b.get(c));
          if (order != 0) {
            return order;
          }
        }
        return 0;
      };

  @Test
  void mergingAnySplitInEitherOrderEqualsOnePass() {
    qt().withExamples(200)
        .forAll(ROWS, integers().between(0, 120), booleans().all(), integers().between(0, 3))
        .check(
            (rows, at, two, weights) -> {
              int cut = Math.min(at, rows.size());
              // weights: 0 none, 1 the first part, 2 the second part, 3 both.
              List<int[]> head = rows.subList(0, cut);
              List<int[]> tail = rows.subList(cut, rows.size());
              SegmentAccumulator whole = SegmentAccumulator.create(SCALE);
              head.forEach(r -> whole.add(key(r, two), r[2], weight(r, (weights & 1) != 0)));
              tail.forEach(r -> whole.add(key(r, two), r[2], weight(r, (weights & 2) != 0)));
              SegmentAccumulator first = accumulate(head, two, (weights & 1) != 0);
              SegmentAccumulator second = accumulate(tail, two, (weights & 2) != 0);
              SegmentAccumulator forward = accumulate(head, two, (weights & 1) != 0).merge(second);
              SegmentAccumulator backward = accumulate(tail, two, (weights & 2) != 0).merge(first);
              return forward.equals(whole)
                  && whole.equals(forward)
                  && backward.equals(whole)
                  && forward.hashCode() == whole.hashCode();
            });
  }

  @Test
  void countedScoresEqualTheResponsesAddedOneByOne() {
    qt().withExamples(200)
        .forAll(ROWS, booleans().all())
        .check(
            (rows, two) -> {
              SegmentAccumulator counted = SegmentAccumulator.create(SCALE);
              for (int[] row : rows) {
                long[] byGroup = new long[3 + 3];
                byGroup[3 + SCALE.categorize(row[2]).ordinal()] = row[3] + 1;
                counted.addGrouped(key(row, two), byGroup, 3);
              }
              SegmentAccumulator added = SegmentAccumulator.create(SCALE);
              for (int[] row : rows) {
                for (int i = 0; i <= row[3]; i++) {
                  added.add(key(row, two), row[2], 1.0);
                }
              }
              return counted.equals(added);
            });
  }

  @Test
  void countedScoresJoinWeightedSumsAsWeightOne() {
    SegmentAccumulator counted = SegmentAccumulator.create(SCALE);
    counted.add(new String[] {"DE"}, 10, 2.5);
    // One detractor, three passives and two promoters, from offset 1.
    counted.addGrouped(new String[] {"DE"}, new long[] {9, 1, 3, 2, 9}, 1);
    NpsAccumulator want =
        NpsAccumulator.create().add(10, 2.5).add(0).add(8).add(8).add(8).add(10).add(10);
    assertThat(counted.result(0, Estimation.defaults())).isEqualTo(want.result());
  }

  @Test
  void groupedCountsOutsideTheArrayOrNegativeAreRefused() {
    SegmentAccumulator counted = SegmentAccumulator.create(SCALE);
    String[] key = {"FR"};
    assertThatThrownBy(() -> counted.addGrouped(key, new long[] {0, 0, 0, 4}, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> counted.addGrouped(key, new long[] {1, -1, 0}, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("counts must not be negative but were 1, -1 and 0");
    assertThat(counted.size()).isZero();
    // No responses at all is a count like any other: the segment is there, with none.
    counted.addGrouped(key, new long[] {0, 0, 0}, 0);
    assertThat(counted.size()).isEqualTo(1);
    assertThat(counted.responses(0)).isZero();
  }

  @Test
  void aSnapshotKeepsItsCountsWhileTheAccumulatorGoesOn() {
    SegmentAccumulator acc = SegmentAccumulator.create(SCALE);
    acc.add(new String[] {"DE"}, 10, 1.0);
    SegmentAccumulator view = acc.snapshot();
    SegmentAccumulator before = SegmentAccumulator.create(SCALE);
    before.add(new String[] {"DE"}, 10, 1.0);

    acc.add(new String[] {"DE"}, 0, 1.0);
    acc.add(new String[] {"FR"}, 9, 2.0);
    SegmentAccumulator other = SegmentAccumulator.create(SCALE);
    other.add(new String[] {"DE"}, 7, 0.5);
    acc.merge(other);

    assertThat(view).isEqualTo(before);
    assertThat(view.unweighted()).isTrue();
    assertThat(acc.size()).isEqualTo(2);
    assertThat(acc.responses(0)).isEqualTo(3);

    // A snapshot taken after merging into an accumulator is as independent.
    SegmentAccumulator merged = SegmentAccumulator.create(SCALE).merge(other);
    SegmentAccumulator mergedView = merged.snapshot();
    merged.merge(other);
    assertThat(mergedView.responses(0)).isEqualTo(1);
    assertThat(merged.responses(0)).isEqualTo(2);
  }

  @Test
  void equalOnlyToTheSameKeysCountsAndSums() {
    SegmentAccumulator de = one("DE", 10, 1.0);
    assertThat(de).isEqualTo(one("DE", 10, 1.0)).isNotEqualTo(one("FR", 10, 1.0));
    assertThat(de).isNotEqualTo(one("DE", 0, 1.0)).isNotEqualTo(one("DE", 10, 2.0));
    assertThat(de).isNotEqualTo(SegmentAccumulator.create(SCALE));
    assertThat(de).isNotEqualTo("SegmentAccumulator[segments=1]");
    SegmentAccumulator fivePoint = SegmentAccumulator.create(NpsScale.of(1, 3, 4, 4, 5, 5));
    fivePoint.add(new String[] {"DE"}, 5, 1.0);
    assertThat(de).isNotEqualTo(fivePoint);
    SegmentAccumulator deep = SegmentAccumulator.create(SCALE);
    deep.add(new String[] {"DE", "x"}, 10, 1.0);
    assertThat(de).isNotEqualTo(deep);
    assertThat(deep).isNotEqualTo(de);
    assertThat(de.toString()).isEqualTo("SegmentAccumulator[segments=1]");
  }

  @Test
  void refusesKeysOfAnotherLengthOrNoneAndWeightsOutOfRange() {
    SegmentAccumulator acc = one("DE", 10, 1.0);
    assertThatThrownBy(() -> acc.add(new String[] {"DE", "x"}, 10, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("segment keys must all hold 1 values but one held 2");
    assertThatThrownBy(() -> SegmentAccumulator.create(SCALE).add(new String[0], 10, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a segment key must hold at least one value");
    assertThatThrownBy(() -> acc.add(new String[] {"DE"}, 10, 0.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight must be a number from 1.0E-6 to 1000000.0 but was 0.0");
    assertThatThrownBy(() -> acc.merge(SegmentAccumulator.create(NpsScale.of(1, 3, 4, 4, 5, 5))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot merge accumulators on different scales");
  }

  @Test
  void ordersKeysOfSeveralColumnsValueByValue() {
    SegmentAccumulator acc = SegmentAccumulator.create(SCALE);
    for (String[] key :
        List.of(
            new String[] {"b", "a"},
            new String[] {"a", "b"},
            new String[] {"a", "a"},
            new String[] {"B", "z"})) {
      acc.add(key, 9, 1.0);
    }
    int[] order = acc.keyOrder();
    List<String> keys = new ArrayList<>();
    for (int id : order) {
      keys.add(acc.value(id, 0) + acc.value(id, 1));
    }
    assertThat(keys).containsExactly("Bz", "aa", "ab", "ba");
    assertThat(Arrays.stream(order).sorted().toArray()).containsExactly(0, 1, 2, 3);
  }

  private static SegmentAccumulator one(String key, int score, double weight) {
    SegmentAccumulator acc = SegmentAccumulator.create(SCALE);
    acc.add(new String[] {key}, score, weight);
    return acc;
  }
}
