package org.recovery.nps.io.internal;

import java.util.Arrays;

/**
 * Interns byte slices (raw cells) into dense ids, so the scan counts segments by id and decodes
 * each distinct cell once per chunk. Open addressing with linear probing; it allocates only when a
 * new slice arrives or the table grows. Confined to one thread.
 */
final class SliceTable {

  private int[] slots = new int[64];
  private int[] hashes = new int[32];
  private int[] offsets = new int[32];
  private int[] lengths = new int[32];
  private byte[] arena = new byte[256];
  private int arenaSize;
  private int size;

  /** Returns the number of distinct slices. */
  int size() {
    return size;
  }

  /** Returns the id of {@code b[from, to)}, adding the slice when it is new. */
  int intern(byte[] b, int from, int to) {
    int hash = hash(b, from, to);
    int mask = slots.length - 1;
    int len = to - from;
    for (int s = hash & mask; ; s = (s + 1) & mask) {
      int entry = slots[s];
      if (entry == 0) {
        return add(s, hash, b, from, len);
      }
      int id = entry - 1;
      if (hashes[id] == hash
          && lengths[id] == len
          && Arrays.equals(arena, offsets[id], offsets[id] + len, b, from, to)) {
        return id;
      }
    }
  }

  /** Returns the arena holding the slices; valid until the next {@link #intern}. */
  byte[] arena() {
    return arena;
  }

  /** Returns where slice {@code id} starts in {@link #arena()}. */
  int offset(int id) {
    return offsets[id];
  }

  /** Returns the length of slice {@code id}. */
  int length(int id) {
    return lengths[id];
  }

  private int add(int slot, int hash, byte[] b, int from, int len) {
    int id = size++;
    if (id == hashes.length) {
      int n = id * 2;
      hashes = Arrays.copyOf(hashes, n);
      offsets = Arrays.copyOf(offsets, n);
      lengths = Arrays.copyOf(lengths, n);
    }
    if (arenaSize + len > arena.length) {
      arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + len));
    }
    System.arraycopy(b, from, arena, arenaSize, len);
    hashes[id] = hash;
    offsets[id] = arenaSize;
    lengths[id] = len;
    arenaSize += len;
    slots[slot] = id + 1;
    if (size * 2 > slots.length) {
      rehash();
    }
    return id;
  }

  private void rehash() {
    int[] grown = new int[slots.length * 2];
    int mask = grown.length - 1;
    for (int id = 0; id < size; id++) {
      int s = hashes[id] & mask;
      while (grown[s] != 0) {
        s = (s + 1) & mask;
      }
      grown[s] = id + 1;
    }
    slots = grown;
  }

  private static int hash(byte[] b, int from, int to) {
    int h = 0x9E3779B9;
    for (int i = from; i < to; i++) {
      h = (h ^ b[i]) * 0x01000193;
    }
    return h ^ (h >>> 15);
  }
}
