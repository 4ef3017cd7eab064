package org.recovery.core.monitor;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.recovery.core.IssueKind;

/**
 * Collects a {@link ComplaintMonitor}'s settings; {@link #build()} checks them. Reach it through
 * {@link ComplaintMonitor#builder()}. Mutable and not thread-safe.
 */
public final class ComplaintMonitorBuilder {
  Duration bucket = Duration.ofDays(1);
  int windowBuckets = 7;
  Duration halfLife = Duration.ofDays(28);
  double floor = 0.1;
  int minCount = 5;
  double alpha = 0.001;
  Set<IssueKind> stopSaleKinds = EnumSet.of(IssueKind.DAMAGED, IssueKind.POOR_QUALITY);
  double stopSaleRate = 0.02;
  int stopSaleMinComplaints = 5;
  int maxKeys = 100_000;

  ComplaintMonitorBuilder() {}

  /**
   * Sets the bucket length (default one day).
   *
   * @param bucket whole seconds, at least one
   * @return this builder
   * @throws IllegalArgumentException if shorter than a second or not whole seconds
   */
  public ComplaintMonitorBuilder bucket(Duration bucket) {
    Objects.requireNonNull(bucket, "bucket");
    if (bucket.getSeconds() < 1 || bucket.getNano() != 0) {
      throw new IllegalArgumentException(
          "bucket must be a whole number of seconds, at least 1, but was " + bucket);
    }
    this.bucket = bucket;
    return this;
  }

  /**
   * Sets the sliding window, in buckets (default 7).
   *
   * @param buckets 1 to 1,000
   * @return this builder
   * @throws IllegalArgumentException if out of range
   */
  public ComplaintMonitorBuilder windowBuckets(int buckets) {
    if (buckets < 1 || buckets > 1_000) {
      throw new IllegalArgumentException(
          "windowBuckets must be between 1 and 1000 but was " + buckets);
    }
    windowBuckets = buckets;
    return this;
  }

  /**
   * Sets the half-life of the baseline's memory (default 28 days).
   *
   * @param halfLife a positive duration
   * @return this builder
   * @throws IllegalArgumentException if zero or negative
   */
  public ComplaintMonitorBuilder halfLife(Duration halfLife) {
    Objects.requireNonNull(halfLife, "halfLife");
    if (halfLife.isZero() || halfLife.isNegative()) {
      throw new IllegalArgumentException("halfLife must be positive but was " + halfLife);
    }
    this.halfLife = halfLife;
    return this;
  }

  /**
   * Sets the smallest baseline, in complaints per bucket (default 0.1).
   *
   * @param floor positive
   * @return this builder
   * @throws IllegalArgumentException if not positive
   */
  public ComplaintMonitorBuilder floor(double floor) {
    if (!(floor > 0.0) || Double.isInfinite(floor)) {
      throw new IllegalArgumentException("floor must be > 0 but was " + floor);
    }
    this.floor = floor;
    return this;
  }

  /**
   * Sets the fewest complaints in the window that can raise an alert (default 5).
   *
   * @param count at least 1
   * @return this builder
   * @throws IllegalArgumentException if below 1
   */
  public ComplaintMonitorBuilder minCount(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("minCount must be >= 1 but was " + count);
    }
    minCount = count;
    return this;
  }

  /**
   * Sets the significance level of the Poisson test (default 0.001).
   *
   * @param alpha strictly between 0 and 1
   * @return this builder
   * @throws IllegalArgumentException if out of range
   */
  public ComplaintMonitorBuilder alpha(double alpha) {
    if (!(alpha > 0.0 && alpha < 1.0)) {
      throw new IllegalArgumentException("alpha must be between 0 and 1 but was " + alpha);
    }
    this.alpha = alpha;
    return this;
  }

  /**
   * Sets the kinds of complaint that count towards a product's stop-sale rate (default DAMAGED and
   * POOR_QUALITY).
   *
   * @param kinds at least one kind
   * @return this builder
   * @throws IllegalArgumentException if empty
   */
  public ComplaintMonitorBuilder stopSaleKinds(Set<IssueKind> kinds) {
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("stopSaleKinds must name at least one kind but was []");
    }
    stopSaleKinds = EnumSet.copyOf(kinds);
    return this;
  }

  /**
   * Sets the complaint rate per unit sold at which a product should stop being sold (default 0.02).
   *
   * @param rate strictly between 0 and 1
   * @return this builder
   * @throws IllegalArgumentException if out of range
   */
  public ComplaintMonitorBuilder stopSaleRate(double rate) {
    if (!(rate > 0.0 && rate <= 1.0)) {
      throw new IllegalArgumentException("stopSaleRate must be in (0, 1] but was " + rate);
    }
    stopSaleRate = rate;
    return this;
  }

  /**
   * Sets the fewest complaints that can support a stop-sale recommendation (default 5).
   *
   * @param count at least 1
   * @return this builder
   * @throws IllegalArgumentException if below 1
   */
  public ComplaintMonitorBuilder stopSaleMinComplaints(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("stopSaleMinComplaints must be >= 1 but was " + count);
    }
    stopSaleMinComplaints = count;
    return this;
  }

  /**
   * Sets the most keys tracked (default 100,000).
   *
   * @param keys at least 1
   * @return this builder
   * @throws IllegalArgumentException if below 1
   */
  public ComplaintMonitorBuilder maxKeys(int keys) {
    if (keys < 1) {
      throw new IllegalArgumentException("maxKeys must be >= 1 but was " + keys);
    }
    maxKeys = keys;
    return this;
  }

  /**
   * Builds an empty monitor.
   *
   * @return the monitor
   * @throws IllegalStateException if the half-life is shorter than a bucket
   */
  public ComplaintMonitor build() {
    if (halfLife.compareTo(bucket) < 0) {
      throw new IllegalStateException(
          "halfLife must be >= bucket (" + bucket + ") but was " + halfLife);
    }
    return new ComplaintMonitor(this);
  }
}
