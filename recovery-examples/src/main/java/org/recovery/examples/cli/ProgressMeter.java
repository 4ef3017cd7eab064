package org.recovery.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows how far a long read has got, on one stderr line rewritten in place: MB read, MB/s and
 * percent. Updates at most four times a second, so it costs nothing measurable; used only when a
 * person is watching a terminal. Not thread-safe.
 */
final class ProgressMeter {

  private static final long INTERVAL_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final long totalBytes;
  private final LongSupplier nanoTime;
  private final long start;
  private long lastShown;
  private boolean shown;

  /**
   * Starts a meter.
   *
   * @param err where the line goes
   * @param totalBytes the size of everything to read, in bytes
   * @param nanoTime the clock, {@link System#nanoTime} outside tests
   */
  ProgressMeter(PrintWriter err, long totalBytes, LongSupplier nanoTime) {
    this.err = err;
    this.totalBytes = totalBytes;
    this.nanoTime = nanoTime;
    this.start = nanoTime.getAsLong();
    this.lastShown = start;
  }

  /**
   * Reports progress; shows it if the last update was long enough ago.
   *
   * @param bytesRead bytes read so far
   */
  void update(long bytesRead) {
    long now = nanoTime.getAsLong();
    if (now - lastShown < INTERVAL_NANOS) {
      return;
    }
    lastShown = now;
    shown = true;
    double seconds = (now - start) / 1e9;
    double mbPerSecond = seconds > 0 ? bytesRead / 1e6 / seconds : 0;
    double percent = totalBytes > 0 ? 100.0 * bytesRead / totalBytes : 100.0;
    err.print(
        String.format(
            Locale.ROOT, "\r%,.1f MB  %.1f MB/s  %.0f%%  ", bytesRead / 1e6, mbPerSecond, percent));
    err.flush();
  }

  /** Clears the line, if anything was shown, so the report starts on a clean line. */
  void finish() {
    if (shown) {
      err.print("\r" + " ".repeat(48) + "\r");
      err.flush();
    }
  }
}
