package org.recovery.nps.io.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reads eight bytes of a byte array as one little-endian word and finds bytes in it, all eight at
 * once (SWAR: SIMD within a register).
 *
 * <p>A lane mask has bit 7 of byte {@code i} set when lane {@code i} matches; lane 0 is the byte at
 * the lowest address. The equality test is exact (no false positives from carries), so every set
 * lane may be used, not only the lowest.
 */
final class ByteLanes {

  /** Bit 7 of every lane. */
  static final long HIGH_BITS = 0x8080808080808080L;

  /** Bit 7 of the last lane. */
  static final long LAST_LANE = 0x8000000000000000L;

  private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;
  private static final long ONES = 0x0101010101010101L;
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private ByteLanes() {}

  /** Returns the eight bytes at {@code index} as a little-endian word. */
  static long word(byte[] bytes, int index) {
    return (long) WORDS.get(bytes, index);
  }

  /** Returns a word with {@code b} in every lane, for {@link #equal(long, long)}. */
  static long broadcast(byte b) {
    return (b & 0xFFL) * ONES;
  }

  /** Returns the lanes of {@code word} equal to the byte broadcast in {@code pattern}. */
  static long equal(long word, long pattern) {
    long x = word ^ pattern;
    return ~(((x & LOW_SEVEN) + LOW_SEVEN) | x) & HIGH_BITS;
  }

  /**
   * Returns, per lane, the parity of the set lanes at or below it: a lane lies inside a quoted span
   * when an odd number of quotes precede it or sit on it.
   */
  static long prefixParity(long lanes) {
    long m = lanes;
    m ^= m << 8;
    m ^= m << 16;
    m ^= m << 32;
    return m;
  }

  /** Returns the lane mask of lanes {@code 0 .. count-1}; {@code count} from 0 to 8 or more. */
  static long lanesBelow(int count) {
    return count >= 8 ? -1L : (1L << (count << 3)) - 1;
  }

  /** Returns the lane index (0-7) of the lowest set lane; the mask must not be zero. */
  static int lowestLane(long lanes) {
    return Long.numberOfTrailingZeros(lanes) >>> 3;
  }
}
