package org.recovery.core.monitor;

import java.time.Instant;

/**
 * Something a {@link ComplaintMonitor} wants a person to know: a complaint-volume spike or a
 * product that should stop being sold. The set is closed; switch over it exhaustively.
 */
public sealed interface MonitorSignal permits VolumeAlert, StopSaleRecommendation {

  /**
   * Returns when the signal was raised: the {@code receivedAt} of the complaint that raised it.
   *
   * @return the instant
   */
  Instant at();
}
