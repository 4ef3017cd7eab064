package org.recovery.nps.internal;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.recovery.nps.Estimation;
import org.recovery.nps.NpsAccumulator;
import org.recovery.nps.NpsCategory;
import org.recovery.nps.NpsResult;
import org.recovery.nps.NpsScale;

/**
 * Counts scores per segment key, as one {@link NpsAccumulator} per key would, in flat arrays: each
 * key is interned once into a dense id, and the counts of segment {@code id} sit at {@code 3 * id}
 * (detractors, passives, promoters) of one {@code long[]}. Weight sums are kept only once a weight
 * other than 1 arrives; until then they equal the counts exactly, so results are the same as an
 * accumulator's. Arrays grow by doubling, so millions of keys cost tens of bytes each beyond the
 * key strings.
 *
 * <p>Merging is associative and commutative and equals one pass over all rows. {@link #snapshot()}
 * hands out a read-only view that shares the arrays; the next change to this accumulator copies
 * them first, so the view never changes.
 *
 * <p>Not thread-safe: one instance per thread, merged at the end. Serializable.
 */
public final class SegmentAccumulator implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Counts per segment: detractors, passives, promoters, in {@link NpsCategory} order. */
  private static final int GROUPS = 3;

  /** Sums per segment: the weights of each group, then the squared weights. */
  private static final int SUMS = 4;

  private static final int INITIAL = 16;

  private final NpsScale scale;

  /** The number of values in a key; 0 until the first key arrives. */
  private int depth;

  /** The key values, column by column: {@code keys[column][id]}. */
  private String[][] keys = new String[0][];

  private int[] hashes = new int[INITIAL];

  /** Open addressing with linear probing: {@code id + 1}, 0 for a free slot. */
  private int[] slots = new int[2 * INITIAL];

  private long[] counts = new long[GROUPS * INITIAL];

  /** Weight sums, {@link #SUMS} per segment; null while every weight was 1. */
  private double @Nullable [] sums;

  private int size;

  /** Whether a snapshot shares the arrays, so they must be copied before the next change. */
  private transient boolean shared;

  private SegmentAccumulator(NpsScale scale) {
    this.scale = Objects.requireNonNull(scale, "scale");
  }

  /**
   * Creates an empty accumulator.
   *
   * @param scale the scale scores are classified on
   * @return a new accumulator
   */
  public static SegmentAccumulator create(NpsScale scale) {
    return new SegmentAccumulator(scale);
  }

  /**
   * Returns the number of distinct segment keys counted.
   *
   * @return the number of segments
   */
  public int size() {
    return size;
  }

  /**
   * Returns the number of values in each key.
   *
   * @return the key length, 0 while empty
   */
  public int depth() {
    return depth;
  }

  /**
   * Counts one response of a segment.
   *
   * @param key the segment values in column order, not empty; the array is not kept
   * @param score a score on the scale
   * @param weight the weight, from {@link NpsAccumulator#MIN_WEIGHT} to {@link
   *     NpsAccumulator#MAX_WEIGHT}
   * @throws IllegalArgumentException when the score is off the scale, the weight out of range or
   *     the key length differs from earlier keys
   */
  public void add(String[] key, int score, double weight) {
    if (!NpsAccumulator.isValidWeight(weight)) {
      throw new IllegalArgumentException(
          "weight must be a number from "
              + NpsAccumulator.MIN_WEIGHT
              + " to "
              + NpsAccumulator.MAX_WEIGHT
              + " but was "
              + weight);
    }
    int group = scale.categorize(score).ordinal();
    int id = intern(key);
    // The sums start from the counts so far, as weight 1 each: before this response is counted.
    if (weight != 1.0 && sums == null) {
      sums = weightSums(counts, hashes.length);
    }
    counts[GROUPS * id + group]++;
    double[] s = sums;
    if (s != null) {
      s[SUMS * id + group] += weight;
      s[SUMS * id + GROUPS] += weight * weight;
    }
  }

  /**
   * Counts responses of weight 1 by group, as a scan that sorts each score into its group does.
   *
   * @param key the segment values in column order, not empty; the array is not kept
   * @param byGroup {@code byGroup[offset + g]} responses in the group of {@link NpsCategory}
   *     ordinal {@code g}: detractors, passives, promoters
   * @param offset where the segment's three counts start in {@code byGroup}
   * @throws IndexOutOfBoundsException when {@code byGroup} holds no three counts at {@code offset}
   * @throws IllegalArgumentException when a count is negative or the key length differs from
   *     earlier keys
   */
  public void addGrouped(String[] key, long[] byGroup, int offset) {
    Objects.checkFromIndexSize(offset, GROUPS, byGroup.length);
    long detractors = byGroup[offset];
    long passives = byGroup[offset + 1];
    long promoters = byGroup[offset + 2];
    if ((detractors | passives | promoters) < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative but were "
              + detractors
              + ", "
              + passives
              + " and "
              + promoters);
    }
    int id = intern(key);
    int at = GROUPS * id;
    counts[at] += detractors;
    counts[at + 1] += passives;
    counts[at + 2] += promoters;
    double[] s = sums;
    if (s != null) {
      // Weight 1: each response adds 1 to its group's sum and 1 to the sum of squares.
      int sum = SUMS * id;
      s[sum] += detractors;
      s[sum + 1] += passives;
      s[sum + 2] += promoters;
      s[sum + GROUPS] += detractors + passives + promoters;
    }
  }

  /**
   * Adds another accumulator's counts to this one; the other is left unchanged.
   *
   * @param other an accumulator on the same scale
   * @return this accumulator
   * @throws IllegalArgumentException when the scales or the key lengths differ
   */
  public SegmentAccumulator merge(SegmentAccumulator other) {
    if (!scale.equals(other.scale)) {
      throw new IllegalArgumentException(
          "cannot merge accumulators on different scales: " + scale + " and " + other.scale);
    }
    if (other.size == 0) {
      return this;
    }
    if (other.sums != null && sums == null) {
      own();
      sums = weightSums(counts, hashes.length);
    }
    String[] key = new String[other.depth];
    for (int o = 0; o < other.size; o++) {
      for (int c = 0; c < key.length; c++) {
        key[c] = other.keys[c][o];
      }
      int id = intern(key, other.hashes[o]);
      for (int g = 0; g < GROUPS; g++) {
        counts[GROUPS * id + g] += other.counts[GROUPS * o + g];
      }
      double[] s = sums;
      if (s != null) {
        for (int g = 0; g < SUMS; g++) {
          s[SUMS * id + g] += other.sum(o, g);
        }
      }
    }
    return this;
  }

  /**
   * Returns a read-only view of the counts so far, which later changes to this accumulator do not
   * alter; the arrays are shared until this accumulator next changes.
   *
   * @return the view; never change it
   */
  public SegmentAccumulator snapshot() {
    SegmentAccumulator view = new SegmentAccumulator(scale);
    view.depth = depth;
    view.keys = keys;
    view.hashes = hashes;
    view.slots = slots;
    view.counts = counts;
    view.sums = sums;
    view.size = size;
    view.shared = true;
    shared = true;
    return view;
  }

  /**
   * Returns a segment's key value.
   *
   * @param id the segment, from 0 to {@code size() - 1}
   * @param column the column, from 0 to {@code depth() - 1}
   * @return the value
   */
  public String value(int id, int column) {
    return keys[column][Objects.checkIndex(id, size)];
  }

  /**
   * Returns the responses counted in a segment's group.
   *
   * @param id the segment
   * @param category the group
   * @return the count
   */
  public long count(int id, NpsCategory category) {
    return counts[GROUPS * Objects.checkIndex(id, size) + category.ordinal()];
  }

  /**
   * Returns the responses counted in a segment.
   *
   * @param id the segment
   * @return the count
   */
  public long responses(int id) {
    int at = GROUPS * Objects.checkIndex(id, size);
    return counts[at] + counts[at + 1] + counts[at + 2];
  }

  /**
   * Tells whether every response counted had weight 1, so that a segment's result depends on its
   * three counts alone.
   *
   * @return true when no weight other than 1 was counted
   */
  public boolean unweighted() {
    return sums == null;
  }

  /**
   * Computes a segment's result, the same as an {@link NpsAccumulator} with its responses gives.
   *
   * @param id the segment
   * @param estimation the interval settings
   * @return the result
   */
  public NpsResult result(int id, Estimation estimation) {
    int at = GROUPS * Objects.checkIndex(id, size);
    long detractors = counts[at];
    long passives = counts[at + 1];
    long promoters = counts[at + 2];
    if (sums == null) {
      return NpsResult.of(promoters, passives, detractors, estimation);
    }
    return NpsResult.of(
        promoters,
        passives,
        detractors,
        sum(id, 2),
        sum(id, 1),
        sum(id, 0),
        sum(id, GROUPS),
        estimation);
  }

  /**
   * Returns the segment ids ordered by key: value by value in column order, each compared as {@link
   * String#compareTo} does.
   *
   * @return a new array holding each id once
   */
  public int[] keyOrder() {
    int[] order = new int[size];
    if (depth == 1) {
      return KeyOrder.of(keys[0], size);
    }
    Integer[] ids = new Integer[size];
    for (int i = 0; i < size; i++) {
      ids[i] = i;
    }
    Arrays.parallelSort(ids, this::compareKeys);
    for (int i = 0; i < size; i++) {
      order[i] = ids[i];
    }
    return order;
  }

  private int compareKeys(int a, int b) {
    for (int c = 0; c < depth; c++) {
      int order = keys[c][a].compareTo(keys[c][b]);
      if (order != 0) {
        return order;
      }
    }
    return 0;
  }

  private double sum(int id, int index) {
    double[] s = sums;
    if (s != null) {
      return s[SUMS * id + index];
    }
    int at = GROUPS * id;
    return index < GROUPS ? counts[at + index] : counts[at] + counts[at + 1] + counts[at + 2];
  }

  private static double[] weightSums(long[] counts, int capacity) {
    double[] s = new double[SUMS * capacity];
    for (int id = 0; id < capacity; id++) {
      long n = 0;
      for (int g = 0; g < GROUPS; g++) {
        s[SUMS * id + g] = counts[GROUPS * id + g];
        n += counts[GROUPS * id + g];
      }
      s[SUMS * id + GROUPS] = n;
    }
    return s;
  }

  private int intern(String[] key) {
    return intern(key, hash(key));
  }

  private int intern(String[] key, int hash) {
    if (depth == 0) {
      if (key.length == 0) {
        throw new IllegalArgumentException("a segment key must hold at least one value");
      }
      depth = key.length;
      keys = new String[depth][INITIAL];
    } else if (key.length != depth) {
      throw new IllegalArgumentException(
          "segment keys must all hold " + depth + " values but one held " + key.length);
    }
    int mask = slots.length - 1;
    for (int s = spread(hash) & mask; ; s = (s + 1) & mask) {
      int entry = slots[s];
      if (entry == 0) {
        return insert(s, key, hash);
      }
      if (hashes[entry - 1] == hash && matches(entry - 1, key)) {
        if (shared) {
          own();
        }
        return entry - 1;
      }
    }
  }

  private int find(String[] key, int hash) {
    int mask = slots.length - 1;
    for (int s = spread(hash) & mask; ; s = (s + 1) & mask) {
      int entry = slots[s];
      if (entry == 0) {
        return -1;
      }
      if (hashes[entry - 1] == hash && matches(entry - 1, key)) {
        return entry - 1;
      }
    }
  }

  private boolean matches(int id, String[] key) {
    for (int c = 0; c < depth; c++) {
      if (!keys[c][id].equals(key[c])) {
        return false;
      }
    }
    return true;
  }

  private int insert(int slot, String[] key, int hash) {
    if (shared) {
      own();
    }
    int id = size++;
    if (id == hashes.length) {
      int capacity = 2 * id;
      hashes = Arrays.copyOf(hashes, capacity);
      counts = Arrays.copyOf(counts, GROUPS * capacity);
      for (int c = 0; c < depth; c++) {
        keys[c] = Arrays.copyOf(keys[c], capacity);
      }
      double[] s = sums;
      if (s != null) {
        sums = Arrays.copyOf(s, SUMS * capacity);
      }
    }
    for (int c = 0; c < depth; c++) {
      keys[c][id] = Objects.requireNonNull(key[c], "segment value");
    }
    hashes[id] = hash;
    slots[slot] = id + 1;
    if (2 * size > slots.length) {
      rehash();
    }
    return id;
  }

  private void rehash() {
    int[] grown = new int[2 * slots.length];
    int mask = grown.length - 1;
    for (int id = 0; id < size; id++) {
      int s = spread(hashes[id]) & mask;
      while (grown[s] != 0) {
        s = (s + 1) & mask;
      }
      grown[s] = id + 1;
    }
    slots = grown;
  }

  /** Copies the arrays a snapshot shares, so that changing them leaves the snapshot as it was. */
  private void own() {
    String[][] copied = new String[depth][];
    for (int c = 0; c < depth; c++) {
      copied[c] = keys[c].clone();
    }
    keys = copied;
    hashes = hashes.clone();
    slots = slots.clone();
    counts = counts.clone();
    double[] s = sums;
    sums = s == null ? null : s.clone();
    shared = false;
  }

  private static int hash(String[] key) {
    int h = 1;
    for (String value : key) {
      h = 31 * h + value.hashCode();
    }
    return h;
  }

  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof SegmentAccumulator other)
        || !scale.equals(other.scale)
        || size != other.size) {
      return false;
    }
    String[] key = new String[depth];
    for (int id = 0; id < size; id++) {
      for (int c = 0; c < depth; c++) {
        key[c] = keys[c][id];
      }
      int theirs = other.depth == depth ? other.find(key, hashes[id]) : -1;
      if (theirs < 0) {
        return false;
      }
      for (int g = 0; g < GROUPS; g++) {
        if (counts[GROUPS * id + g] != other.counts[GROUPS * theirs + g]) {
          return false;
        }
      }
      for (int g = 0; g < SUMS; g++) {
        if (Double.compare(sum(id, g), other.sum(theirs, g)) != 0) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Objects.hash(scale, size);
  }

  @Override
  public String toString() {
    return "SegmentAccumulator[segments=" + size + "]";
  }
}
