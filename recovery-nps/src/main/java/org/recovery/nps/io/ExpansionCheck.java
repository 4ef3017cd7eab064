package org.recovery.nps.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
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
 * <p>The parser opens the package itself and offers no hook on the bytes it inflates, so the caps
 * cannot ride on its stream; inflating runs three to five times faster than parsing, so the check
 * finishes early and costs the read no wall time where a core is free. What the caps guard is the
 * same as when they ran first: no read goes on past them.
 *
 * <p>Thread-safe: started by one reader, polled and awaited by it.
 */
final class ExpansionCheck {
  private final Path file;
  private final Thread thread;
  private volatile boolean cancelled;
  private volatile @Nullable RuntimeException failure;

  private ExpansionCheck(Path file) {
    this.file = file;
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
    ExpansionCheck check = new ExpansionCheck(file);
    check.thread.start();
    return check;
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
   * Waits for the check to finish and throws its failure.
   *
   * @throws SurveyFormatException when a part breaks a cap or the zip is damaged
   * @throws UncheckedIOException when the file cannot be read, or the wait is interrupted
   */
  void await() {
    try {
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

  private void run() {
    try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
      long total = 0;
      byte[] buffer = new byte[1 << 16];
      for (Enumeration<? extends ZipEntry> entries = zip.entries();
          entries.hasMoreElements() && !cancelled; ) {
        ZipEntry entry = entries.nextElement();
        long compressed = Math.max(1, entry.getCompressedSize());
        long inflated = 0;
        try (InputStream in = zip.getInputStream(entry)) {
          int n;
          while (!cancelled && (n = in.read(buffer)) > 0) {
            inflated += n;
            total += n;
            if (inflated > WorkbookPackage.RATIO_FREE_BYTES
                && inflated > compressed * WorkbookPackage.MAX_RATIO) {
              failure = WorkbookPackage.bomb(entry.getName(), compressed, inflated);
              return;
            }
            if (total > WorkbookPackage.MAX_TOTAL_BYTES) {
              failure = WorkbookPackage.tooLarge(entry.getName());
              return;
            }
          }
        }
      }
    } catch (ZipException | java.io.EOFException e) {
      failure = WorkbookPackage.truncated(e);
    } catch (IOException e) {
      failure = new UncheckedIOException("cannot read survey export " + file, e);
    }
  }
}
