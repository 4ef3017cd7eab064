package org.recovery.nps.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The chunks of a parallel scan tile the data region exactly: a few small ones first, then chunks
 * of the nominal size, none longer than that and none empty unless the region is.
 */
class ChunkBoundsTest {

  private static final long K64 = 64L << 10;
  private static final long M16 = 16L << 20;

  @Test
  void smallChunksComeBeforeTheNominalOnes() {
    int ramp = ChunkBounds.RAMP;
    assertThat(ramp).isEqualTo(48);
    ChunkBounds bounds = new ChunkBounds(100, 100 + ramp * K64 + 2 * M16 + 5, M16);
    assertThat(bounds.count()).isEqualTo(ramp + 3);
    for (int i = 0; i < ramp; i++) {
      assertThat(bounds.start(i)).isEqualTo(100 + i * K64);
      assertThat(bounds.end(i) - bounds.start(i)).isEqualTo(K64);
    }
    assertThat(bounds.start(ramp)).isEqualTo(100 + ramp * K64);
    assertThat(bounds.end(ramp) - bounds.start(ramp)).isEqualTo(M16);
    assertThat(bounds.end(ramp + 1) - bounds.start(ramp + 1)).isEqualTo(M16);
    assertThat(bounds.end(ramp + 2) - bounds.start(ramp + 2)).isEqualTo(5);
    assertThat(bounds.end(ramp + 2)).isEqualTo(100 + ramp * K64 + 2 * M16 + 5);
  }

  @Test
  void aSmallFileIsCutIntoSmallChunksOnly() {
    ChunkBounds bounds = new ChunkBounds(0, 3 * K64 + 1, M16);
    assertThat(chunks(bounds))
        .containsExactly(0L, K64, K64, 2 * K64, 2 * K64, 3 * K64, 3 * K64, 3 * K64 + 1);
  }

  @Test
  void aNominalSizeBelowTheRampSizeCutsEveryChunkAtThatSize() {
    // Tests scan with tiny chunks to reach every boundary case; they must stay as they were.
    ChunkBounds bounds = new ChunkBounds(7, 7 + 95, 10);
    assertThat(bounds.count()).isEqualTo(10);
    for (int i = 0; i < 10; i++) {
      assertThat(bounds.start(i)).isEqualTo(7 + 10L * i);
    }
    assertThat(bounds.end(9)).isEqualTo(102);
  }

  @Test
  void anEmptyDataRegionIsOneEmptyChunk() {
    ChunkBounds bounds = new ChunkBounds(40, 40, M16);
    assertThat(bounds.count()).isEqualTo(1);
    assertThat(bounds.start(0)).isEqualTo(40);
    assertThat(bounds.end(0)).isEqualTo(40);
  }

  @Test
  void aChunkSizeBelowOneIsRefused() {
    assertThatThrownBy(() -> new ChunkBounds(0, 10, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chunk size must be at least 1, got 0");
  }

  @Test
  void chunksTileTheDataRegionWithoutGapsOverlapsOrOversizedPieces() {
    qt().withExamples(2000)
        .forAll(
            longs().between(0, 1L << 20),
            longs().between(0, 1L << 26),
            integers().between(1, 1 << 25))
        .checkAssert(
            (dataStart, span, chunk) -> {
              ChunkBounds bounds = new ChunkBounds(dataStart, dataStart + span, chunk);
              int count = bounds.count();
              assertThat(count).isPositive();
              assertThat(bounds.start(0)).isEqualTo(dataStart);
              assertThat(bounds.end(count - 1)).isEqualTo(dataStart + span);
              for (int i = 0; i < count; i++) {
                long length = bounds.end(i) - bounds.start(i);
                assertThat(length).isLessThanOrEqualTo(chunk);
                assertThat(length > 0 || span == 0).isTrue();
                if (i > 0) {
                  assertThat(bounds.start(i)).isEqualTo(bounds.end(i - 1));
                }
              }
              // No more chunks than the ramp plus nominal chunks over what the ramp leaves.
              long small = Math.min(chunk, ChunkBounds.RAMP_SIZE);
              long rest = Math.max(0, span - ChunkBounds.RAMP * small);
              assertThat((long) count)
                  .isLessThanOrEqualTo(Math.max(1, ChunkBounds.RAMP + (rest + chunk - 1) / chunk));
            });
  }

  private static List<Long> chunks(ChunkBounds bounds) {
    List<Long> edges = new ArrayList<>();
    for (int i = 0; i < bounds.count(); i++) {
      edges.add(bounds.start(i));
      edges.add(bounds.end(i));
    }
    return edges;
  }
}
