package org.recovery.examples.serve;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The race between a request's worker and its time limit: whoever claims first answers, the other
 * stays silent. When the limit wins it interrupts the worker, but only while the worker is still on
 * this request, so a pooled thread never carries the interrupt into the next one.
 */
final class Deadline {

  private final Thread worker = Thread.currentThread();
  private final AtomicBoolean answered = new AtomicBoolean();
  private boolean workerDone;

  /**
   * Claims the right to answer.
   *
   * @return true for the first caller only
   */
  boolean claim() {
    return answered.compareAndSet(false, true);
  }

  /** Interrupts the worker if it is still answering this request. */
  synchronized void interruptWorker() {
    if (!workerDone) {
      worker.interrupt();
    }
  }

  /** Marks the worker done with this request and clears an interrupt the limit may have set. */
  void workerDone() {
    synchronized (this) {
      workerDone = true;
    }
    Thread.interrupted();
  }
}
