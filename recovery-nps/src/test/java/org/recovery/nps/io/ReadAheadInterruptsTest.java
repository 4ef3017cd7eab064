package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import org.junit.jupiter.api.Test;

/**
 * Closing waits for the reading thread to let go of the source, and a consumer interrupted while
 * reading or closing is told so and keeps its interrupt.
 */
class ReadAheadInterruptsTest {

  /** A source whose every read takes a while and fills the buffer; it says when it is in one. */
  private static final class SlowSource extends InputStream {
    volatile boolean reading;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      reading = true;
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException();
      } finally {
        reading = false;
      }
      return length;
    }

    void awaitRead() throws InterruptedException {
      while (!reading) {
        Thread.sleep(1);
      }
    }
  }

  @Test
  void closingWaitsForTheReadUnderWay() throws Exception {
    SlowSource source = new SlowSource();
    ReadAheadInputStream in = new ReadAheadInputStream(source);
    source.awaitRead();

    in.close();

    assertThat(source.reading).as("source still being read after close").isFalse();
  }

  @Test
  void anInterruptedCloseSaysSoAndKeepsTheInterrupt() throws Exception {
    SlowSource source = new SlowSource();
    ReadAheadInputStream in = new ReadAheadInputStream(source);
    source.awaitRead();

    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(in::close)
          .isInstanceOf(InterruptedIOException.class)
          .hasMessage("interrupted while stopping a workbook part's reader");
    } finally {
      assertThat(Thread.interrupted()).as("interrupt kept").isTrue();
    }
    in.close();
  }

  @Test
  void anInterruptedReadSaysSoAndKeepsTheInterrupt() throws Exception {
    SlowSource source = new SlowSource();
    ReadAheadInputStream in = new ReadAheadInputStream(source);

    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> in.read(new byte[8], 0, 8))
          .isInstanceOf(InterruptedIOException.class)
          .hasMessage("interrupted while reading a workbook part");
    } finally {
      assertThat(Thread.interrupted()).as("interrupt kept").isTrue();
    }
    in.close();
  }
}
