package org.recovery.nps.io.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scans the data rows of a delimited export in parallel and merges the per-chunk counts, with
 * results identical to a sequential scan.
 *
 * <h2>Method</h2>
 *
 * <ol>
 *   <li><b>Chunks.</b> The data region (after the header rows) is cut into fixed-size chunks. A
 *       record belongs to the chunk in which it starts.
 *   <li><b>Speculation.</b> Chunk 0 starts at the first data record. Every later chunk guesses its
 *       first record start: the position just after the first line break at or after its nominal
 *       start that two whole records of the header's width follow ({@link RecordStart}), else just
 *       after the first line break, as if it were not inside a quoted field. Worker threads (all
 *       cores by default) scan the chunks from their guesses at the same time, each into its own
 *       {@link ChunkTally}, with reused buffers and no allocation in the scan loop. A merged tally
 *       goes back to the workers for a later chunk.
 *   <li><b>Verification.</b> The merging thread walks the chunks in file order. The scan of chunk
 *       {@code i-1} stops at the first record starting at or after its end: that is where chunk
 *       {@code i} really starts. When the guess equals it, the speculative scan is exactly what a
 *       sequential scan would have produced from there (the scan is deterministic from a record
 *       start) and is kept; otherwise (a quoted field held a line break across the cut, or the
 *       speculative scan gave up after running far past its end inside what it took for a quoted
 *       field) the chunk is scanned again from the verified start. A chunk lying wholly inside the
 *       previous chunk's last record is dropped.
 *   <li><b>Line numbers.</b> A chunk keeps the byte offset of each rejected row it keeps; the
 *       merging thread numbers the rows the report shows by counting the line breaks from the first
 *       data record up to each ({@link LineBreaks}: a CR, an LF and a CR LF pair each count once,
 *       inside quotes too), plus the header's line breaks.
 *   <li><b>Merge.</b> Verified chunk counts are added in file order; segment cells interned per
 *       chunk are decoded once per chunk, by the thread that scanned it, and merged by value; the
 *       first kept rejections of the file are the first ones of the chunks in order, their values
 *       read back from the file.
 * </ol>
 *
 * <p>When a verified chunk meets something the byte scan does not decide (malformed UTF-8, an
 * unterminated quote, quoting outside RFC 4180), the scan returns empty and the caller reads the
 * file with the reference reader, which reports the error or reads the dialect. Thread safe: each
 * call uses its own threads and state.
 */
public final class ParallelExportScan {

  private static final Logger LOG = LoggerFactory.getLogger(ParallelExportScan.class);

  /** Default chunk size: small enough that a wrong guess costs little, large enough to amortise. */
  public static final long DEFAULT_CHUNK = 16L << 20;

  /**
   * Default read window per thread. Each read is copied into it and scanned at once, so it is kept
   * within a core's cache: against 1 MB, 512 KB windows were faster in every interleaved set at 10
   * M rows, by 2-10% with two threads and by up to 5% with one. A record longer than the window
   * grows it.
   */
  public static final int DEFAULT_WINDOW = 1 << 19;

  private ParallelExportScan() {}

  /**
   * Scans {@code [dataStart, size)} of an open file with the default chunk and window sizes.
   *
   * @param channel the file, open for reading; positional reads only, so it may be shared
   * @param layout what to read from each record
   * @param dataStart the offset of the first data record
   * @param headerBreaks the line breaks before {@code dataStart}
   * @param threads the number of worker threads (at least 1)
   * @return the totals, or empty when the reference reader must decide
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static Optional<ScanTotals> scan(
      FileChannel channel, ScanLayout layout, long dataStart, long headerBreaks, int threads) {
    return scan(channel, layout, dataStart, headerBreaks, threads, DEFAULT_CHUNK, DEFAULT_WINDOW);
  }

  /**
   * Scans {@code [dataStart, size)} of an open file with given chunk and window sizes (tests use
   * tiny ones to force every boundary case).
   *
   * @param channel the file, open for reading; positional reads only, so it may be shared
   * @param layout what to read from each record
   * @param dataStart the offset of the first data record
   * @param headerBreaks the line breaks before {@code dataStart}
   * @param threads the number of worker threads (at least 1)
   * @param chunkSize the nominal chunk size in bytes (at least 1)
   * @param window the read window per thread in bytes
   * @return the totals, or empty when the reference reader must decide
   */
  public static Optional<ScanTotals> scan(
      FileChannel channel,
      ScanLayout layout,
      long dataStart,
      long headerBreaks,
      int threads,
      long chunkSize,
      int window) {
    try {
      long size = channel.size();
      ChunkBounds bounds = new ChunkBounds(dataStart, size, chunkSize);
      int count = bounds.count();
      long overshoot = Math.max(chunkSize, 1L << 20);
      List<Future<ChunkTally>> futures = new ArrayList<>(count);
      ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), new ScanThreads());
      try {
        ChunkJobs jobs = new ChunkJobs(channel, size, layout, window, bounds, overshoot);
        // Scanning runs a few chunks ahead of the merge, not the whole file: a chunk's tally of a
        // column with millions of distinct values is large, and only those in flight are kept.
        int ahead = Math.min(count, 2 * Math.max(1, threads));
        for (int i = 0; i < ahead; i++) {
          futures.add(pool.submit(jobs.chunk(i)));
        }
        ChunkScanner own = new ChunkScanner(channel, size, layout, window);
        ScanTotals totals = new ScanTotals(layout);
        totals.chunks = count;
        long position = dataStart;
        LineBreaks lines = new LineBreaks(channel, dataStart);
        for (int i = 0; i < count; i++) {
          ChunkTally tally = futures.get(i).get();
          futures.set(i, null);
          if (i + ahead < count) {
            futures.add(pool.submit(jobs.chunk(i + ahead)));
          }
          long end = bounds.end(i);
          if (position >= end) {
            continue;
          }
          if (tally.start != position || (tally.abort != null && i > 0)) {
            tally = new ChunkTally(layout);
            own.scan(position, end, Long.MAX_VALUE, tally);
            tally.decodeSegments(own, layout.rules());
            totals.rescanned++;
          }
          if (tally.abort != null) {
            LOG.debug("fast scan falls back to the reference reader: {}", tally.abort);
            return Optional.empty();
          }
          merge(totals, tally, layout, lines, own, headerBreaks);
          position = tally.stop;
          jobs.recycle(tally);
        }
        LOG.debug(
            "fast scan read {} chunks with {} threads, {} scanned again after a wrong guess",
            count,
            threads,
            totals.rescanned);
        return Optional.of(totals);
      } finally {
        pool.shutdownNow();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw new UncheckedIOException((IOException) cause);
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while scanning", e);
    }
  }

  private static void merge(
      ScanTotals totals,
      ChunkTally tally,
      ScanLayout layout,
      LineBreaks lines,
      ChunkScanner reader,
      long headerBreaks)
      throws IOException {
    int width = tally.width;
    totals.rows += tally.rows;
    for (int s = 0; s < width; s++) {
      totals.overall[s] += tally.overall[s];
    }
    for (int f = 0; f < totals.faults.length; f++) {
      totals.faults[f] += tally.faults[f];
    }
    for (int e = 0; e < tally.kept() && totals.rejections.size() < layout.exampleLimit(); e++) {
      int column = tally.exampleColumns[e];
      totals.rejections.add(
          new ScanTotals.Rejection(
              1 + headerBreaks + lines.before(tally.exampleOffsets[e]),
              column,
              reader.value(column, tally.exampleFrom[e], tally.exampleTo[e]),
              tally.exampleReasons[e]));
    }
    for (int d = 0; d < tally.days.size(); d++) {
      long day = tally.days.key(d);
      long[] counts = totals.days.get(day);
      if (counts == null) {
        counts = new long[width];
        totals.days.put(day, counts);
      }
      add(counts, tally.dayCounts, d * width, width);
    }
    int depth = tally.segmentDepth;
    if (depth == 0) {
      return;
    }
    String[] key = new String[depth];
    if (depth == 1) {
      // Each distinct cell of the chunk was decoded once and is counted under its value.
      String[] values = tally.decoded[0];
      for (int v = 0; v < tally.segmentValues[0].size(); v++) {
        key[0] = values[v];
        totals.segments.addGrouped(key, tally.segmentCounts, v * ChunkTally.GROUPS);
      }
      return;
    }
    LongTable last = tally.combos[depth - 1];
    for (int c = 0; c < last.size(); c++) {
      int id = c;
      for (int k = depth - 1; k >= 1; k--) {
        long link = tally.combos[k].key(id);
        key[k] = tally.decoded[k][(int) link];
        id = (int) (link >>> 32);
      }
      key[0] = tally.decoded[0][id];
      totals.segments.addGrouped(key, tally.segmentCounts, c * ChunkTally.GROUPS);
    }
  }

  private static void add(long[] into, long[] from, int offset, int width) {
    for (int s = 0; s < width && offset + s < from.length; s++) {
      into[s] += from[offset + s];
    }
  }

  /**
   * Scans chunks on the pool's threads, one scanner per thread, and takes merged tallies back for
   * later chunks: only the chunks in flight hold one. Classes rather than lambdas: each lambda is
   * linked on first use, interpreted, while the scan has not started.
   */
  private static final class ChunkJobs {
    private final FileChannel channel;
    private final long size;
    private final ScanLayout layout;
    private final int window;
    private final ChunkBounds bounds;
    private final long overshoot;
    private final Queue<ChunkTally> merged = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<ChunkScanner> scanners =
        new ThreadLocal<>() {
          @Override
          protected ChunkScanner initialValue() {
            return new ChunkScanner(channel, size, layout, window);
          }
        };

    ChunkJobs(
        FileChannel channel,
        long size,
        ScanLayout layout,
        int window,
        ChunkBounds bounds,
        long overshoot) {
      this.channel = channel;
      this.size = size;
      this.layout = layout;
      this.window = window;
      this.bounds = bounds;
      this.overshoot = overshoot;
    }

    /** Returns the scan of chunk {@code i}. */
    Callable<ChunkTally> chunk(int i) {
      return new ChunkJob(this, i);
    }

    /** Takes back a tally that is merged, for a later chunk. */
    void recycle(ChunkTally tally) {
      merged.add(tally);
    }

    ChunkTally scan(int i) throws IOException {
      long nominal = bounds.start(i);
      long end = bounds.end(i);
      boolean first = i == 0;
      ChunkScanner scanner = scanners.get();
      ChunkTally tally = merged.poll();
      if (tally == null) {
        tally = new ChunkTally(layout);
      } else {
        tally.reset();
      }
      long start = first ? nominal : scanner.guessStart(nominal, end);
      tally.start = start;
      tally.stop = start;
      if (start < end) {
        scanner.scan(start, end, first ? Long.MAX_VALUE : overshoot, tally);
      }
      if (tally.abort == null) {
        tally.decodeSegments(scanner, layout.rules());
      }
      return tally;
    }
  }

  /** The scan of one chunk. */
  private static final class ChunkJob implements Callable<ChunkTally> {
    private final ChunkJobs jobs;
    private final int index;

    ChunkJob(ChunkJobs jobs, int index) {
      this.jobs = jobs;
      this.index = index;
    }

    @Override
    public ChunkTally call() throws IOException {
      return jobs.scan(index);
    }
  }

  /** Daemon threads named for the scan, so a failed run never waits for them. */
  private static final class ScanThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "recovery-nps-scan-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
