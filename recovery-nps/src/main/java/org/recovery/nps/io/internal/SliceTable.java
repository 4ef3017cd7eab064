package org.recovery.nps.io.internal;

import java.util.Arrays;

/**
 * Interns byte slices (raw cells) into dense ids, so the scan counts segments by id and decodes
 * each distinct cell once per chunk. Open addressing with linear probing; it allocates only when a
 * new slice arrives or the table grows. Confined to one thread.
 *
 * <p>Slices of up to seven bytes (country and language codes, channels, most categorical cells) are
 * packed with their length into one word and found in a table of words: one load, one multiply and
 * one comparison, with no byte loop. Longer slices are hashed byte by byte and compared with the
 * copies kept in the arena. Each slice length always takes the same path, so a slice has one id
 * whichever table holds it.
 */
final class SliceTable {

  /** The longest slice packed into a word; the top byte holds the length. */
  private static final int PACKED = 7;

  private long[] packedKeys = new long[64];
  private int[] packedIds = new int[64];
  private int packedSize;

  private int[] slots = new int[64];
  private int[] hashes = new int[32];
  private int[] offsets = new int[32];
  private int[] lengths = new int[32];
  private byte[] arena = new byte[256];
  private int arenaSize;
  private int size;

  /** Forgets every slice, keeping the grown arrays and arena for the next use. */
  void clear() {
    Arrays.fill(packedKeys, 0);
    Arrays.fill(slots, 0);
    packedSize = 0;
    arenaSize = 0;
    size = 0;
  }

  /** Returns the number of distinct slices. */
  int size() {
    return size;
  }

  /** Returns the id of {@code b[from, to)}, adding the slice when it is new. */
  int intern(byte[] b, int from, int to) {
    int len = to - from;
    if (len <= PACKED) {
      return internPacked(b, from, len);
    }
    int hash = hash(b, from, to);
    int mask = slots.length - 1;
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

  private int internPacked(byte[] b, int from, int len) {
    long key = pack(b, from, len);
    int mask = packedKeys.length - 1;
    for (int s = packedSlot(key, mask); ; s = (s + 1) & mask) {
      long k = packedKeys[s];
      if (k == key) {
        return packedIds[s];
      }
      if (k == 0) {
        int id = append(b, from, len, 0);
        packedKeys[s] = key;
        packedIds[s] = id;
        if (++packedSize * 2 > packedKeys.length) {
          repack();
        }
        return id;
      }
    }
  }

  /**
   * The bytes of a slice of at most {@link #PACKED} bytes in the low lanes, its length plus one in
   * the top byte; never zero, which marks a free slot.
   */
  private static long pack(byte[] b, int from, int len) {
    long bytes;
    if (from + Long.BYTES <= b.length) {
      bytes = ByteLanes.word(b, from) & ByteLanes.lanesBelow(len);
    } else {
      bytes = 0;
      for (int i = len - 1; i >= 0; i--) {
        bytes = bytes << 8 | (b[from + i] & 0xFFL);
      }
    }
    return bytes | (long) (len + 1) << 56;
  }

  private static int packedSlot(long key, int mask) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
  }

  private void repack() {
    long[] keys = new long[packedKeys.length * 2];
    int[] ids = new int[keys.length];
    int mask = keys.length - 1;
    for (int i = 0; i < packedKeys.length; i++) {
      long key = packedKeys[i];
      if (key != 0) {
        int s = packedSlot(key, mask);
        while (keys[s] != 0) {
          s = (s + 1) & mask;
        }
        keys[s] = key;
        ids[s] = packedIds[i];
      }
    }
    packedKeys = keys;
    packedIds = ids;
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
    int id = append(b, from, len, hash);
    slots[slot] = id + 1;
    if ((size - packedSize) * 2 > slots.length) {
      rehash();
    }
    return id;
  }

  /** Copies a new slice into the arena and gives it the next id. */
  private int append(byte[] b, int from, int len, int hash) {
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
    return id;
  }

  private void rehash() {
    int[] grown = new int[slots.length * 2];
    int mask = grown.length - 1;
    for (int id = 0; id < size; id++) {
      if (lengths[id] <= PACKED) {
        continue;
      }
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
