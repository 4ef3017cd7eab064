package org.recovery.core.monitor;

import java.time.Instant;
import java.util.Objects;

/**
 * An early warning: complaints for one key in the sliding window clearly exceed what its baseline
 * leads us to expect. See {@link ComplaintMonitor} for the statistic.
 *
 * @param key what the complaints share
 * @param at when the alert was raised
 * @param observed complaints in the window, the one that raised the alert included
 * @param expected complaints the baseline expects in a window of that length
 * @param pValue the chance of at least {@code observed} complaints if the baseline still held
 */
public record VolumeAlert(VolumeKey key, Instant at, int observed, double expected, double pValue)
    implements MonitorSignal {

  /**
   * Validates the alert.
   *
   * @param key what the complaints share
   * @param at when the alert was raised
   * @param observed complaints in the window, the one that raised the alert included
   * @param expected complaints the baseline expects in a window of that length
   * @param pValue the chance of at least {@code observed} complaints if the baseline still held
   * @throws IllegalArgumentException if a count or the p-value is out of range
   */
  public VolumeAlert {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(at, "at");
    if (observed < 1) {
      throw new IllegalArgumentException("observed must be >= 1 but was " + observed);
    }
    if (!(expected >= 0.0)) {
      throw new IllegalArgumentException("expected must be >= 0 but was " + expected);
    }
    if (!(pValue >= 0.0 && pValue <= 1.0)) {
      throw new IllegalArgumentException("pValue must be between 0 and 1 but was " + pValue);
    }
  }
}
