package org.recovery.nps.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.RandomAccess;
import org.recovery.nps.Estimation;
import org.recovery.nps.NpsCategory;
import org.recovery.nps.NpsResult;
import org.recovery.nps.SegmentResult;

/**
 * The segments of a report as an immutable list ordered by key, each {@link SegmentResult} computed
 * when it is asked for: a report with millions of segments holds their counts in flat arrays, not
 * millions of result objects. Writers stream it by index ({@link #value}, {@link #result}).
 *
 * <p>Immutable and thread-safe, provided the {@link SegmentAccumulator#snapshot() snapshot} it
 * reads is not changed.
 */
public final class SegmentResults extends AbstractList<SegmentResult> implements RandomAccess {

  /** Counts below this bound pack three to a long for {@link #resultKey}. */
  private static final long PACKED = 1L << 21;

  private final List<String> columns;
  private final SegmentAccumulator segments;
  private final int[] order;
  private final Estimation estimation;

  private SegmentResults(
      List<String> columns, SegmentAccumulator segments, int[] order, Estimation estimation) {
    this.columns = columns;
    this.segments = segments;
    this.order = order;
    this.estimation = estimation;
  }

  /**
   * Orders the segments of a snapshot by key.
   *
   * @param columns the segment column headers, one per key value
   * @param snapshot the counts, never changed afterwards ({@link SegmentAccumulator#snapshot()})
   * @param estimation the interval settings
   * @return the list
   * @throws IllegalArgumentException when the keys hold another number of values than there are
   *     columns
   */
  public static SegmentResults of(
      List<String> columns, SegmentAccumulator snapshot, Estimation estimation) {
    List<String> names = List.copyOf(columns);
    if (snapshot.size() > 0 && snapshot.depth() != names.size()) {
      throw new IllegalArgumentException(
          "segment keys hold "
              + snapshot.depth()
              + " values but there are "
              + names.size()
              + " segment columns "
              + names);
    }
    return new SegmentResults(
        names, snapshot, snapshot.keyOrder(), Objects.requireNonNull(estimation, "estimation"));
  }

  @Override
  public int size() {
    return order.length;
  }

  @Override
  public SegmentResult get(int index) {
    int id = order[Objects.checkIndex(index, order.length)];
    LinkedHashMap<String, String> key = new LinkedHashMap<>();
    for (int c = 0; c < columns.size(); c++) {
      key.put(columns.get(c), segments.value(id, c));
    }
    return new SegmentResult(key, segments.result(id, estimation));
  }

  /**
   * Returns a segment's value in one column.
   *
   * @param index the segment's position in key order
   * @param column the column's position among the segment columns
   * @return the value
   */
  public String value(int index, int column) {
    return segments.value(order[index], column);
  }

  /**
   * Computes a segment's result.
   *
   * @param index the segment's position in key order
   * @return the result, equal to {@code get(index).result()}
   */
  public NpsResult result(int index) {
    return segments.result(order[index], estimation);
  }

  /**
   * Returns the responses counted in a segment.
   *
   * @param index the segment's position in key order
   * @return the count
   */
  public long responses(int index) {
    return segments.responses(order[index]);
  }

  /**
   * Returns a number that is the same for two segments exactly when their results are, as long as
   * it is not negative: the three counts packed into one long when no weights were counted and each
   * count is below 2<sup>21</sup>, else -1. Writers use it to render equal results once.
   *
   * @param index the segment's position in key order
   * @return the key, or -1 when the result must be computed
   */
  public long resultKey(int index) {
    if (!segments.unweighted()) {
      return -1;
    }
    int id = order[index];
    long p = segments.count(id, NpsCategory.PROMOTER);
    long a = segments.count(id, NpsCategory.PASSIVE);
    long d = segments.count(id, NpsCategory.DETRACTOR);
    if (p >= PACKED || a >= PACKED || d >= PACKED) {
      return -1;
    }
    return p << 42 | a << 21 | d;
  }

  /**
   * Returns the segments with the most responses, most first; among equal counts the earlier key
   * first.
   *
   * @param limit how many at most, at least 0
   * @return the segments, a new list
   */
  public List<SegmentResult> largest(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be at least 0 but was " + limit);
    }
    // The head is the smallest kept: fewest responses, then the later key.
    Comparator<Integer> smallestFirst =
        Comparator.comparingLong((Integer i) -> responses(i))
            .thenComparing(Comparator.<Integer>reverseOrder());
    PriorityQueue<Integer> kept = new PriorityQueue<>(Math.max(1, limit), smallestFirst);
    for (int i = 0; i < order.length && limit > 0; i++) {
      if (kept.size() < limit) {
        kept.add(i);
      } else if (responses(i) > responses(kept.element())) {
        kept.remove();
        kept.add(i);
      }
    }
    List<Integer> indexes = new ArrayList<>(kept);
    indexes.sort(smallestFirst.reversed());
    List<SegmentResult> largest = new ArrayList<>(indexes.size());
    for (int i : indexes) {
      largest.add(get(i));
    }
    return largest;
  }
}
