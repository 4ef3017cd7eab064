package org.recovery.core.monitor;

/**
 * The fixed-size state of one watched key: the complaint counts of the buckets in the sliding
 * window, an exponentially weighted baseline of the buckets that have left it, and whether the key
 * is currently alerting. Its size depends on the window, never on the number of complaints.
 */
final class VolumeCounter {
  private final int[] ring;
  private long bucket = Long.MIN_VALUE;
  private long firstBucket;
  private int inWindow;
  private double baseline;
  private long closedBuckets;
  boolean alerting;

  VolumeCounter(int windowBuckets) {
    ring = new int[windowBuckets];
  }

  /** Moves the window forward to a bucket, folding the buckets that leave it into the baseline. */
  void advanceTo(long target, double alpha) {
    if (bucket == Long.MIN_VALUE) {
      bucket = target;
      firstBucket = target;
      return;
    }
    long steps = target - bucket;
    int w = ring.length;
    long stepped = 0;
    while (stepped < steps && stepped < w) {
      bucket++;
      int slot = (int) Math.floorMod(bucket, (long) w);
      int leaving = ring[slot];
      if (bucket - w >= firstBucket) {
        // Only buckets the key has lived through count; those before it was first seen are unknown.
        fold(leaving, alpha);
      }
      inWindow -= leaving;
      ring[slot] = 0;
      stepped++;
    }
    long zeros = steps - stepped;
    if (zeros > 0) {
      // Every further bucket that leaves the window was empty: fold them in closed form.
      baseline = closedBuckets == 0 ? 0.0 : baseline * Math.pow(1.0 - alpha, (double) zeros);
      closedBuckets += zeros;
      bucket = target;
    }
  }

  private void fold(int count, double alpha) {
    baseline = closedBuckets == 0 ? count : baseline + alpha * (count - baseline);
    closedBuckets++;
  }

  void add() {
    ring[(int) Math.floorMod(bucket, (long) ring.length)]++;
    inWindow++;
  }

  int inBucket() {
    return ring[(int) Math.floorMod(bucket, (long) ring.length)];
  }

  int inWindow() {
    return inWindow;
  }

  /** Returns the baseline per bucket, or empty (-1) while no bucket has left the window yet. */
  double baselinePerBucket() {
    return closedBuckets == 0 ? -1.0 : baseline;
  }
}
