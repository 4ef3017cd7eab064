package org.recovery.nps.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recovery.nps.NpsScale;
import org.recovery.nps.RejectionReason;

class ChunkTallyTest {

  private static ChunkTally tally(int exampleLimit) {
    return new ChunkTally(
        new ScanLayout(
            (byte) ',',
            2,
            0,
            List.of(),
            -1,
            true,
            ZoneOffset.UTC,
            NpsScale.defaults(),
            exampleLimit,
            new BriefRules(ZoneOffset.UTC, 0, 10)));
  }

  @Test
  void anUnboundedExampleLimitTakesRoomOnlyForTheRejectionsThereAre() {
    ChunkTally t = tally(Integer.MAX_VALUE);
    assertThat(t.exampleOffsets).hasSizeLessThanOrEqualTo(33);
    for (int i = 0; i < 1000; i++) {
      t.reject(RejectionReason.BLANK, 10L * i, 0, 10L * i, 10L * i + 1);
    }
    assertThat(t.kept()).isEqualTo(1000);
    assertThat(t.exampleOffsets[999]).isEqualTo(9990);
    assertThat(t.exampleOffsets.length).isLessThan(4096);
    assertThat(t.faults[RejectionReason.BLANK.ordinal()]).isEqualTo(1000);
  }

  @Test
  void rejectionsPastTheLimitAreCountedNotKeptAndAResetForgetsThem() {
    ChunkTally t = tally(3);
    for (int i = 0; i < 10; i++) {
      t.reject(RejectionReason.OUT_OF_RANGE, i, 0, i, i + 1);
    }
    assertThat(t.kept()).isEqualTo(3);
    assertThat(t.exampleOffsets).startsWith(0L, 1L, 2L);
    assertThat(t.faults[RejectionReason.OUT_OF_RANGE.ordinal()]).isEqualTo(10);
    t.reset();
    assertThat(t.kept()).isZero();
    t.reject(RejectionReason.BLANK, 42, 0, 42, 43);
    assertThat(t.kept()).isEqualTo(1);
    assertThat(t.exampleOffsets[0]).isEqualTo(42);
    assertThat(t.exampleReasons[0]).isEqualTo(RejectionReason.BLANK);
  }

  @Test
  void aLimitOfZeroKeepsNothing() {
    ChunkTally t = tally(0);
    t.reject(RejectionReason.BLANK, 1, 0, 1, 2);
    assertThat(t.kept()).isZero();
    assertThat(t.faults[RejectionReason.BLANK.ordinal()]).isEqualTo(1);
  }
}
