package org.recovery.nps.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The byte-level UTF-8 check against the JDK decoder that reports malformed input. */
class Utf8SequencesTest {
  /** Every boundary of the second byte's ranges (80-BF, A0-BF after E0, 80-9F after ED...). */
  private static final int[] EDGES = {0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};

  /** The boundaries of a continuation byte, 80-BF. */
  private static final int[] CONTINUATION_EDGES = {0x7F, 0x80, 0xBF, 0xC0};

  private final CharsetDecoder jdk =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  /** The length of the first sequence as the JDK decodes it, or -1 when it is malformed. */
  private int jdkLength(byte[] b) {
    CharBuffer out = CharBuffer.allocate(4);
    for (int n = 1; n <= 4; n++) {
      jdk.reset();
      out.clear();
      CoderResult r = jdk.decode(ByteBuffer.wrap(b, 0, n), out, true);
      if (!r.isError() && jdk.flush(out).isUnderflow() && r.isUnderflow()) {
        return n;
      }
    }
    return -1;
  }

  @Test
  void everyLeadByteWithTheEdgesOfEachFollowingByteIsJudgedAsTheJdkJudgesIt() {
    byte[] b = new byte[4];
    for (int lead = 0; lead < 256; lead++) {
      for (int c1 : EDGES) {
        for (int c2 : CONTINUATION_EDGES) {
          for (int c3 : CONTINUATION_EDGES) {
            b[0] = (byte) lead;
            b[1] = (byte) c1;
            b[2] = (byte) c2;
            b[3] = (byte) c3;
            int expected = jdkLength(b);
            int actual = Utf8Sequences.end(b, 0);
            if (actual != (expected < 0 ? -1 : expected)) {
              assertThat(actual)
                  .as("bytes %02X %02X %02X %02X", lead, c1, c2, c3)
                  .isEqualTo(expected);
            }
          }
        }
        if (lead < 0x80) {
          break;
        }
      }
    }
  }

  @Test
  void validationStopsAtTheEndOfTheLastSequenceOrNamesTheFirstMalformedLead() {
    byte[] text = "ab€c😀\0\0\0".getBytes(StandardCharsets.UTF_8);
    // "ab" 2, "€" 3, "c" 1, "😀" 4: 10 bytes, then padding.
    assertThat(Utf8Sequences.validate(text, 0, 10)).isEqualTo(10);
    assertThat(Utf8Sequences.validate(text, 0, 0)).isZero();
    assertThat(Utf8Sequences.validate(text, 0, 3)).isEqualTo(5); // the € runs past 3
    assertThat(Utf8Sequences.validate(text, 2, 7)).isEqualTo(10);
    byte[] bad = {'a', 'b', (byte) 0xC0, (byte) 0x80, 0, 0, 0};
    assertThat(Utf8Sequences.validate(bad, 0, 4)).isEqualTo(-1 - 2);
    assertThat(Utf8Sequences.validate(bad, 0, 2)).isEqualTo(2);
    byte[] stray = {(byte) 0x80, 0, 0, 0};
    assertThat(Utf8Sequences.validate(stray, 0, 1)).isEqualTo(-1);
  }
}
