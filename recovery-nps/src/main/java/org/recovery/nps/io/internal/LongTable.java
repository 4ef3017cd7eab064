package org.recovery.nps.io.internal;

import java.util.Arrays;

/**
 * Maps long keys (period starts, pairs of ids) to dense int ids in insertion order. Open addressing
 * with linear probing; allocates only to grow. Confined to one thread.
 */
final class LongTable {

  private long[] keys = new long[64];
  private int[] slots = new int[64];
  private long[] byId = new long[32];
  private int size;
  private long lastKey = Long.MIN_VALUE;
  private int lastId = -1;

  /** Forgets every key, keeping the grown arrays for the next use. */
  void clear() {
    Arrays.fill(slots, 0);
    size = 0;
    lastKey = Long.MIN_VALUE;
    lastId = -1;
  }

  /** Returns the number of distinct keys. */
  int size() {
    return size;
  }

  /** Returns the key with id {@code id}. */
  long key(int id) {
    return byId[id];
  }

  /** Returns the id of {@code key}, adding it when it is new. */
  int intern(long key) {
    if (key == lastKey && lastId >= 0) {
      return lastId;
    }
    return probe(key);
  }

  /**
   * Finds or adds a key other than the last one. A method of its own, not inlined where keys repeat
   * (periods of an export in time order): there a scan's first rows see only new keys, and the JIT
   * would compile finding an earlier key, or a collision, as traps inside the compiled scan.
   */
  private int probe(long key) {
    int mask = slots.length - 1;
    for (int s = mix(key) & mask; ; s = (s + 1) & mask) {
      int entry = slots[s];
      if (entry == 0) {
        int id = size++;
        if (id == byId.length) {
          byId = Arrays.copyOf(byId, id * 2);
        }
        byId[id] = key;
        keys[s] = key;
        slots[s] = id + 1;
        if (size * 2 > slots.length) {
          rehash();
        }
        lastKey = key;
        lastId = id;
        return id;
      }
      if (keys[s] == key) {
        lastKey = key;
        lastId = entry - 1;
        return lastId;
      }
    }
  }

  private void rehash() {
    long[] grownKeys = new long[keys.length * 2];
    int[] grownSlots = new int[slots.length * 2];
    int mask = grownSlots.length - 1;
    for (int id = 0; id < size; id++) {
      int s = mix(byId[id]) & mask;
      while (grownSlots[s] != 0) {
        s = (s + 1) & mask;
      }
      grownKeys[s] = byId[id];
      grownSlots[s] = id + 1;
    }
    keys = grownKeys;
    slots = grownSlots;
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
