package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A progress listener hears the bytes passed so far, counted on from earlier files. */
class CountingInputStreamTest {

  @Test
  void eachByteReadAloneIsHeardAndTheEndIsNot() throws IOException {
    List<Long> heard = new ArrayList<>();
    CountingInputStream in =
        new CountingInputStream(new ByteArrayInputStream(new byte[] {0, 7}), 100, heard::add);

    assertThat(in.read()).isZero();
    assertThat(in.read()).isEqualTo(7);
    assertThat(in.read()).isEqualTo(-1);

    assertThat(heard).containsExactly(101L, 102L);
  }

  @Test
  void aBlockIsHeardOnceWithTheTotalAndAnEmptyReadIsNotHeard() throws IOException {
    List<Long> heard = new ArrayList<>();
    CountingInputStream in =
        new CountingInputStream(new ByteArrayInputStream(new byte[5]), 0, heard::add);
    byte[] buffer = new byte[3];

    assertThat(in.read(buffer, 0, 0)).isZero();
    assertThat(in.read(buffer, 0, 3)).isEqualTo(3);
    assertThat(in.read(buffer, 0, 3)).isEqualTo(2);
    assertThat(in.read(buffer, 0, 3)).isEqualTo(-1);

    assertThat(heard).containsExactly(3L, 5L);
  }
}
