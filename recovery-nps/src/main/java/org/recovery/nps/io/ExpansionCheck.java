package org.recovery.nps.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * Inflates every part of a workbook on a thread of its own, counting the bytes, while the parser
 * reads the sheet: a part that expands like a zip bomb (more than {@link WorkbookPackage#MAX_RATIO}
 * times its compressed size, past {@link WorkbookPackage#RATIO_FREE_BYTES}), or parts that together
 * pass {@link WorkbookPackage#MAX_TOTAL_BYTES}, stop the read with the check's error, whatever the
 * parser has reached. The sizes are counted while inflating, not taken from the zip's own claims.
 *
 * <p>The worksheet library opens the package itself and offers no hook on the bytes it inflates, so
 * the caps cannot ride on its stream; inflating runs three to five times faster than parsing, so
 * the check finishes early and costs the read no wall time where a core is free. What the caps
 * guard is the same as when they ran first: no read goes on past them.
 *
 * <p>A reader that inflates a part itself, as the worksheet scanner does, {@linkplain #claim
 * claims} it: the check then leaves that part alone (or stops inflating it, forgetting its bytes)
 * and the reader counts it under the same caps on the stream it parses, so the sheet is inflated
 * once.
 *
 * <p>Thread-safe: started by one reader, polled and awaited by it.
 */
final class ExpansionCheck {
  private final Path file;
  private final long maxTotal;
  private final Thread thread;
  private final Set<String> claimed = ConcurrentHashMap.newKeySet();
  private final Set<String> completed = ConcurrentHashMap.newKeySet();
  private final AtomicLong total = new AtomicLong();
  private volatile boolean cancelled;
  private volatile @Nullable RuntimeException failure;

  private ExpansionCheck(Path file, long maxTotal) {
    this.file = file;
    this.maxTotal = maxTotal;
    this.thread = new Thread(this::run, "xlsx-expansion-check");
    this.thread.setDaemon(true);
  }

  /**
   * Starts checking a workbook's parts.
   *
   * @param file the workbook, whose zip structure {@link WorkbookPackage#check} has read
   * @return the running check
   */
  static ExpansionCheck start(Path file) {
    return start(file, WorkbookPackage.MAX_TOTAL_BYTES);
  }

  /**
   * Starts checking a workbook's parts against a lower total cap, so that the total can be tested
   * on small files.
   *
   * @param file the workbook
   * @param maxTotal the most all parts together may inflate to
   * @return the running check
   */
  static ExpansionCheck start(Path file, long maxTotal) {
    return prepare(file, maxTotal).begin();
  }

  /**
   * Makes a check that does not run until {@link #begin}: what is done to it before then (a
   * cancellation, a claim, an interrupted wait) happens before it inflates anything.
   *
   * @param file the workbook
   * @param maxTotal the most all parts together may inflate to
   * @return the check, not yet running
   */
  static ExpansionCheck prepare(Path file, long maxTotal) {
    return new ExpansionCheck(file, maxTotal);
  }

  /**
   * Starts a prepared check.
   *
   * @return this check, running
   */
  ExpansionCheck begin() {
    thread.start();
    return this;
  }

  /**
   * Returns the check's failure so far, without waiting.
   *
   * @return the error to throw, or empty while the parts look sound
   */
  Optional<RuntimeException> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * Waits for the check to finish and throws its failure. A thread already interrupted is refused
   * whether or not the check has finished, as a blocking call should be ({@link Thread#join}
   * returns at once, without a word, when the thread it waits for has ended).
   *
   * @throws SurveyFormatException when a part breaks a cap or the zip is damaged
   * @throws UncheckedIOException when the file cannot be read, or the waiting thread is interrupted
   *     (the interrupt is kept and the check cancelled)
   */
  void await() {
    try {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancel();
      throw new UncheckedIOException(
          "interrupted while checking survey export " + file, new InterruptedIOException());
    }
    RuntimeException e = failure;
    if (e != null) {
      throw e;
    }
  }

  /** Stops the check early, for a read that needs only the start of the sheet. */
  void cancel() {
    cancelled = true;
  }

  /**
   * Inflates the rest of a part whose prolog was refused, so that a zip bomb is called one even
   * when its bytes also break a prolog rule.
   *
   * @param in the part's stream, partly read
   * @param part the part's name
   * @param compressed the part's compressed size
   * @throws SurveyFormatException when the part breaks the ratio cap
   * @throws IOException when the part cannot be inflated
   */
  static void drain(InputStream in, String part, long compressed) throws IOException {
    byte[] buffer = new byte[1 << 16];
    long inflated = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      inflated += n;
      if (inflated > WorkbookPackage.RATIO_FREE_BYTES
          && inflated > Math.max(1, compressed) * WorkbookPackage.MAX_RATIO) {
        throw WorkbookPackage.bomb(part, Math.max(1, compressed), inflated);
      }
    }
  }

  /**
   * Takes a part over: the check no longer inflates it, and the caller reads it through the
   * returned stream, which counts it under the same caps and stops with the check's error.
   *
   * @param zip the package, opened by the caller
   * @param entry the part
   * @return the part's inflated bytes, counted
   * @throws IOException when the part cannot be opened
   */
  CappedPart claim(ZipFile zip, ZipEntry entry) throws IOException {
    boolean counted;
    synchronized (this) {
      claimed.add(entry.getName());
      // A part the check has already inflated whole is in the total once already.
      counted = !completed.contains(entry.getName());
    }
    return new CappedPart(
        zip.getInputStream(entry), entry.getName(), entry.getCompressedSize(), counted);
  }

  /**
   * A claimed part's inflated bytes, counted against the ratio cap and, with the check's other
   * parts, the total cap; a part past a cap fails the check and the read with the check's error.
   * Not thread-safe: one reader consumes it.
   */
  final class CappedPart extends java.io.FilterInputStream {
    private final String part;
    private final long compressed;
    private final boolean counted;
    private long inflated;

    private CappedPart(InputStream in, String part, long compressed, boolean counted) {
      super(in);
      this.part = part;
      this.compressed = Math.max(1, compressed);
      this.counted = counted;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        inflated += n;
        long sum = counted ? total.addAndGet(n) : total.get();
        RuntimeException broken = breach(part, compressed, inflated, sum, maxTotal);
        if (broken != null) {
          fail(broken);
          throw broken;
        }
      }
      return n;
    }

    /**
     * Inflates and counts the rest of the part, so that the caps cover all of it whatever the
     * reader has parsed; a part past a cap is recorded as the check's failure, not thrown.
     */
    void finish() {
      byte[] buffer = new byte[1 << 16];
      try {
        while (read(buffer, 0, buffer.length) > 0) {
          // counted by read
        }
      } catch (SurveyFormatException e) {
        // recorded by read
      } catch (ZipException | java.io.EOFException e) {
        fail(WorkbookPackage.truncated(e));
      } catch (IOException e) {
        fail(new UncheckedIOException("cannot read survey export " + file, e));
      }
    }
  }

  private synchronized void fail(RuntimeException e) {
    if (failure == null) {
      failure = e;
    }
  }

  /**
   * Returns the error for a part that has inflated so far to {@code inflated} bytes, with all parts
   * together at {@code total}, or null while both are within the caps.
   */
  static @Nullable RuntimeException breach(
      String part, long compressed, long inflated, long total, long maxTotal) {
    if (inflated > WorkbookPackage.RATIO_FREE_BYTES
        && inflated > compressed * WorkbookPackage.MAX_RATIO) {
      return WorkbookPackage.bomb(part, compressed, inflated);
    }
    if (total > maxTotal) {
      return WorkbookPackage.tooLarge(part);
    }
    return null;
  }

  private void run() {
    try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
      byte[] buffer = new byte[1 << 16];
      for (Enumeration<? extends ZipEntry> entries = zip.entries();
          entries.hasMoreElements() && !cancelled; ) {
        ZipEntry entry = entries.nextElement();
        if (claimed.contains(entry.getName())) {
          continue;
        }
        long compressed = Math.max(1, entry.getCompressedSize());
        long inflated = 0;
        try (InputStream in = zip.getInputStream(entry)) {
          int n;
          while (!cancelled && (n = in.read(buffer)) > 0) {
            if (claimed.contains(entry.getName())) {
              break;
            }
            inflated += n;
            RuntimeException broken =
                breach(entry.getName(), compressed, inflated, total.addAndGet(n), maxTotal);
            if (broken != null) {
              fail(broken);
              return;
            }
          }
        }
        synchronized (this) {
          if (claimed.contains(entry.getName())) {
            // The reader counts this part itself, from its start.
            total.addAndGet(-inflated);
          } else {
            completed.add(entry.getName());
          }
        }
      }
    } catch (ZipException | java.io.EOFException e) {
      fail(WorkbookPackage.truncated(e));
    } catch (IOException e) {
      fail(new UncheckedIOException("cannot read survey export " + file, e));
    }
  }
}
