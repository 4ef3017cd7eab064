package org.recovery.nps.internal;

import java.util.Arrays;
import java.util.function.Function;
import org.recovery.nps.NpsResult;

/**
 * Remembers the rendered text of recent segment results by their counts, so that a report with
 * millions of small segments (most of them one, two or three responses) computes and formats each
 * distinct result once instead of once per segment. Direct-mapped: a slot holds the last result
 * whose key hashed to it. Confined to one writer.
 */
final class RenderedResults {
  private static final int SLOTS = 1 << 10;

  private final Function<NpsResult, String> render;
  private final long[] keys = new long[SLOTS];
  private final String[] texts = new String[SLOTS];

  RenderedResults(Function<NpsResult, String> render) {
    this.render = render;
    Arrays.fill(keys, -1);
  }

  /** Returns the rendered result of a segment, from memory when an equal one was rendered. */
  String text(SegmentBlock block, int row) {
    long key = block.resultKey(row);
    if (key < 0) {
      return render.apply(block.segments().result(block.index(row)));
    }
    long h = key * 0x9E3779B97F4A7C15L;
    int slot = (int) (h >>> 54);
    if (keys[slot] != key) {
      texts[slot] = render.apply(block.segments().result(block.index(row)));
      keys[slot] = key;
    }
    return texts[slot];
  }
}
