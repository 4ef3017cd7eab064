package org.recovery.examples.serve;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's threads and its bounded queue. When the queue is full, an exchange runs on a single
 * overflow thread that answers 503 at once without reading the body; when even that thread's short
 * queue is full, the exchange is dropped and the JDK server closes the connection at its read
 * timeout. Nothing here grows without bound.
 */
final class WorkQueue implements Executor {

  private static final ThreadLocal<Boolean> OVERFLOW = ThreadLocal.withInitial(() -> false);

  private final ThreadPoolExecutor workers;
  private final ThreadPoolExecutor overflow;

  WorkQueue(int threads, int queue) {
    this.overflow =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(64),
            named("recovery-serve-overflow"),
            new ThreadPoolExecutor.DiscardPolicy());
    this.workers =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(queue),
            named("recovery-serve"),
            (task, pool) -> overflow.execute(() -> overflowing(task)));
    workers.prestartAllCoreThreads();
  }

  @Override
  public void execute(Runnable task) {
    workers.execute(task);
  }

  /**
   * Tells whether the current thread runs an exchange that found the queue full.
   *
   * @return true on the overflow thread
   */
  static boolean overflowing() {
    return OVERFLOW.get();
  }

  /** Returns how many threads are working on an exchange right now. */
  int busy() {
    return workers.getActiveCount();
  }

  /** Returns how many exchanges wait for a thread. */
  int waiting() {
    return workers.getQueue().size();
  }

  /**
   * Stops the threads once their current exchanges are done.
   *
   * @param millis how long to wait for them; an interrupt stops the wait and is kept
   */
  void shutdown(long millis) {
    workers.shutdown();
    overflow.shutdown();
    try {
      workers.awaitTermination(millis, TimeUnit.MILLISECONDS);
      overflow.awaitTermination(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      workers.shutdownNow();
      overflow.shutdownNow();
    }
  }

  private static void overflowing(Runnable task) {
    OVERFLOW.set(true);
    try {
      task.run();
    } finally {
      OVERFLOW.set(false);
    }
  }

  private static ThreadFactory named(String prefix) {
    var count = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, prefix + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
