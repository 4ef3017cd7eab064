package org.recovery.nps.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Reads a stream on a thread of its own, a few blocks ahead of its consumer, so that inflating a
 * worksheet part and scanning it run on two cores at once. At most {@link #BLOCKS} blocks of {@link
 * #BLOCK_BYTES} are held. A failure of the source reaches the consumer where the stream had got to,
 * as it was thrown (a {@link SurveyFormatException} from the expansion caps stays that exception).
 * {@link #close()} stops the thread and leaves the source, unclosed, to the caller, positioned
 * after the blocks read so far.
 *
 * <p>Not thread-safe: one consumer reads it.
 */
final class ReadAheadInputStream extends InputStream {
  static final int BLOCK_BYTES = 1 << 18;
  static final int BLOCKS = 4;

  private static final long WAIT_MILLIS = 20;

  /** A block read, its length, or the failure or end of the source. */
  private record Block(byte @Nullable [] bytes, int length, @Nullable Throwable failure) {}

  private static final Block END = new Block(null, -1, null);

  private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BLOCKS);
  private final BlockingQueue<Block> full = new ArrayBlockingQueue<>(BLOCKS + 1);
  private final Thread thread;
  private volatile boolean stopped;

  private @Nullable Block current;
  private int position;
  private boolean ended;

  /**
   * Starts reading a stream ahead.
   *
   * @param source the stream, read only by this object's thread until {@link #close()}
   */
  ReadAheadInputStream(InputStream source) {
    for (int i = 0; i < BLOCKS; i++) {
      free.add(new byte[BLOCK_BYTES]);
    }
    thread = new Thread(() -> run(source), "xlsx-read-ahead");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Reads the source into free blocks until its end, a failure or {@link #close()}. Whatever ends
   * the read, an error included, is handed over last, so the consumer never waits for a block that
   * will not come; it always fits, since only {@link #BLOCKS} blocks exist to fill.
   */
  private void run(InputStream source) {
    Block last = END;
    try {
      while (!stopped) {
        byte[] bytes = free.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        if (bytes == null) {
          continue;
        }
        int n = source.readNBytes(bytes, 0, bytes.length);
        if (n > 0) {
          hand(new Block(bytes, n, null));
        }
        if (n < bytes.length) {
          return;
        }
      }
    } catch (InterruptedException e) {
      last = new Block(null, -1, new InterruptedIOException("interrupted while reading ahead"));
    } catch (IOException | RuntimeException | Error e) {
      last = new Block(null, -1, e);
    } finally {
      full.offer(last);
    }
  }

  private void hand(Block block) {
    try {
      while (!stopped) {
        if (full.offer(block, WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (current == null || position == current.length()) {
      if (!nextBlock()) {
        return -1;
      }
    }
    int n = Math.min(length, current.length() - position);
    System.arraycopy(current.bytes(), position, buffer, offset, n);
    position += n;
    return n;
  }

  private boolean nextBlock() throws IOException {
    if (ended) {
      return false;
    }
    if (current != null) {
      free.add(current.bytes());
      current = null;
    }
    Block block;
    try {
      block = full.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading a workbook part");
    }
    if (block.bytes() == null) {
      ended = true;
      if (block.failure() instanceof IOException e) {
        throw e;
      }
      if (block.failure() instanceof RuntimeException e) {
        throw e;
      }
      if (block.failure() instanceof Error e) {
        throw e;
      }
      return false;
    }
    current = block;
    position = 0;
    return true;
  }

  /** Stops reading ahead and waits for the thread to let go of the source. */
  @Override
  public void close() throws IOException {
    stopped = true;
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while stopping a workbook part's reader");
    }
  }
}
