package org.recovery.core.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.recovery.core.Complaint;
import org.recovery.core.IssueKind;
import org.recovery.core.OrderLine;
import org.recovery.core.internal.NonBlank;

/**
 * Watches complaint volume per product, production lot and kind of problem, and raises an early
 * warning before a problem reaches every customer. Feed it complaints in time order with {@link
 * #observe(Complaint)}; tell it how many units of each product were sold with {@link
 * #recordUnitsSold(String, long)}.
 *
 * <h2>The early-warning statistic</h2>
 *
 * Time is cut into buckets (default one day). For every key the monitor keeps the counts of the
 * last {@code windowBuckets} buckets (default 7: a sliding seven-day window, the current bucket
 * included) and a baseline: the exponentially weighted mean count per bucket of the buckets that
 * have left the window, {@code b ← b + α(c − b)} with {@code α = 1 − 2^(−bucket / halfLife)}
 * (default half-life 28 days); the first bucket to leave sets it. The window's expected count is
 * {@code μ = windowBuckets × max(b, floor)}, where the floor (default 0.1 per bucket) stands in for
 * a quiet key and keeps it from alerting on noise. While a key is new and no bucket has left its
 * window yet, there is no baseline: the current bucket's count alone is tested against the floor (a
 * new lot with five complaints in one day alerts; one a day does not). A complaint raises a {@link
 * VolumeAlert} when the window holds at least {@code minCount} complaints (default 5) and the
 * Poisson upper tail {@code P(N ≥ observed | μ)} is at most {@code alpha} (default 0.001): so many
 * complaints would be very unlikely if the baseline still held. A key alerts once, and again only
 * after a complaint finds it back within its baseline.
 *
 * <h2>Stop-sale recommendations</h2>
 *
 * For each product the monitor counts product-fault complaints (kinds DAMAGED and POOR_QUALITY by
 * default) and divides by the units sold the host reported. When at least {@code
 * stopSaleMinComplaints} (default 5) complaints make a rate of at least {@code stopSaleRate}
 * (default 0.02, two complaints per hundred units) it raises a {@link StopSaleRecommendation}, once
 * per product. A product with no units reported gets no recommendation.
 *
 * <h2>Memory</h2>
 *
 * The state per key is a fixed array of {@code windowBuckets} counts and a few numbers, so memory
 * grows with the number of keys, never with the number of complaints. At most {@code maxKeys}
 * (default 100,000) keys are tracked; complaints for further keys are counted in {@link
 * #untrackedKeys()}, never silently lost.
 *
 * <p>Thread-safe: every method is synchronized, so one monitor can be fed from several threads as
 * long as the complaints still arrive in time order.
 */
public final class ComplaintMonitor {
  private final Duration bucket;
  private final int windowBuckets;
  private final double alpha;
  private final double floor;
  private final int minCount;
  private final double significance;
  private final Set<IssueKind> stopSaleKinds;
  private final double stopSaleRate;
  private final int stopSaleMinComplaints;
  private final int maxKeys;

  private final Map<VolumeKey, VolumeCounter> counters = new HashMap<>();
  private final Map<String, long[]> products = new HashMap<>();
  private final Set<String> recommended = new HashSet<>();
  private Instant last = Instant.MIN;
  private long untracked;

  ComplaintMonitor(ComplaintMonitorBuilder b) {
    bucket = b.bucket;
    windowBuckets = b.windowBuckets;
    alpha = 1.0 - Math.pow(2.0, -((double) b.bucket.toNanos()) / b.halfLife.toNanos());
    floor = b.floor;
    minCount = b.minCount;
    significance = b.alpha;
    stopSaleKinds = Set.copyOf(b.stopSaleKinds);
    stopSaleRate = b.stopSaleRate;
    stopSaleMinComplaints = b.stopSaleMinComplaints;
    maxKeys = b.maxKeys;
  }

  /**
   * Starts a builder holding the defaults described on this class.
   *
   * @return a new builder
   */
  public static ComplaintMonitorBuilder builder() {
    return new ComplaintMonitorBuilder();
  }

  /**
   * Returns a monitor with the defaults described on this class.
   *
   * @return a new, empty monitor
   */
  public static ComplaintMonitor defaults() {
    return new ComplaintMonitorBuilder().build();
  }

  /**
   * Counts a complaint under its kind, each of its products and each of its lots, and returns the
   * signals it raises.
   *
   * @param complaint the next complaint, received no earlier than the previous one
   * @return the alerts and recommendations it raised, in key order (kind, then per line: sku, lot);
   *     usually empty
   * @throws IllegalArgumentException if the complaint was received before the previous one
   */
  public synchronized List<MonitorSignal> observe(Complaint complaint) {
    Objects.requireNonNull(complaint, "complaint");
    Instant at = complaint.receivedAt();
    if (at.isBefore(last)) {
      throw new IllegalArgumentException(
          "complaint "
              + complaint.id()
              + " was received at "
              + at
              + ", before the previous complaint at "
              + last
              + ": feed complaints in time order");
    }
    last = at;
    long index = Math.floorDiv(at.getEpochSecond(), bucket.getSeconds());
    var signals = new ArrayList<MonitorSignal>(0);
    count(VolumeKey.kind(complaint.kind()), index, at, signals);
    var seen = new HashSet<VolumeKey>();
    for (OrderLine line : complaint.lines()) {
      VolumeKey sku = VolumeKey.sku(line.sku());
      if (seen.add(sku)) {
        count(sku, index, at, signals);
        if (stopSaleKinds.contains(complaint.kind())) {
          countForStopSale(line.sku(), at, signals);
        }
      }
      if (line.lot().isPresent()) {
        VolumeKey lot = VolumeKey.lot(line.sku(), line.lot().get());
        if (seen.add(lot)) {
          count(lot, index, at, signals);
        }
      }
    }
    return List.copyOf(signals);
  }

  /**
   * Adds units sold of a product, for its complaint rate.
   *
   * @param sku the product
   * @param units units sold since the last report; at least 0
   * @throws IllegalArgumentException if units is negative or the sku blank
   */
  public synchronized void recordUnitsSold(String sku, long units) {
    NonBlank.require(sku, "sku");
    if (units < 0) {
      throw new IllegalArgumentException("units must be >= 0 but was " + units + " for " + sku);
    }
    products.computeIfAbsent(sku, s -> new long[2])[1] += units;
  }

  /**
   * Returns how many complaints fall in the sliding window for a key as of the last complaint
   * observed.
   *
   * @param key the key
   * @return the count, 0 for a key never seen
   */
  public synchronized int inWindow(VolumeKey key) {
    VolumeCounter c = counters.get(Objects.requireNonNull(key, "key"));
    return c == null ? 0 : c.inWindow();
  }

  /**
   * Returns the number of keys tracked.
   *
   * @return at most {@code maxKeys}
   */
  public synchronized int trackedKeys() {
    return counters.size();
  }

  /**
   * Returns how many times a complaint could not be counted under a new key because {@code maxKeys}
   * keys were already tracked.
   *
   * @return the count
   */
  public synchronized long untrackedKeys() {
    return untracked;
  }

  private void count(VolumeKey key, long index, Instant at, List<MonitorSignal> signals) {
    VolumeCounter c = counters.get(key);
    if (c == null) {
      if (counters.size() >= maxKeys) {
        untracked++;
        return;
      }
      c = new VolumeCounter(windowBuckets);
      counters.put(key, c);
    }
    c.advanceTo(index, alpha);
    c.add();
    double base = c.baselinePerBucket();
    int observed;
    double expected;
    if (base < 0) {
      // Warming up: no bucket has left the window yet, so there is no baseline to compare the
      // window with; the current bucket alone is compared with the floor.
      observed = c.inBucket();
      expected = floor;
    } else {
      observed = c.inWindow();
      expected = windowBuckets * Math.max(base, floor);
    }
    double p = PoissonTail.atLeast(observed, expected);
    boolean significant = observed >= minCount && p <= significance;
    if (significant && !c.alerting) {
      signals.add(new VolumeAlert(key, at, observed, expected, p));
    }
    c.alerting = significant;
  }

  private void countForStopSale(String sku, Instant at, List<MonitorSignal> signals) {
    long[] p = products.computeIfAbsent(sku, s -> new long[2]);
    p[0]++;
    long complaints = p[0];
    long sold = p[1];
    if (sold > 0
        && complaints >= stopSaleMinComplaints
        && (double) complaints / sold >= stopSaleRate
        && recommended.add(sku)) {
      signals.add(
          new StopSaleRecommendation(sku, at, complaints, sold, (double) complaints / sold));
    }
  }
}
