package org.recovery.core;

import java.time.Duration;
import java.util.Objects;
import org.recovery.core.action.Guidance;

/**
 * How soon goods ship and follow-ups happen, and what is asked back: the fulfilment group of {@link
 * PolicySettings}.
 *
 * @param shipWithin how soon replacements, exchanges and reshipments leave the warehouse (default
 *     24 hours); positive
 * @param guidanceFollowUpAfter when to check that guidance helped (default 3 days after the
 *     decision); positive
 * @param arrivalFollowUpAfter when to confirm that a delivery arrived (default 3 days after the
 *     decision); positive
 * @param guidanceFallback the remedy guidance commits to in advance, should the help not be enough
 *     (default {@link Guidance.Fallback#REFUND})
 * @param askForItemBack whether damaged and poor-quality items are asked back, optionally and with
 *     a prepaid label, to check the production run (default true)
 * @param investigateLots whether a damaged item triggers an investigation of its lot (default true)
 */
public record FulfilmentSettings(
    Duration shipWithin,
    Duration guidanceFollowUpAfter,
    Duration arrivalFollowUpAfter,
    Guidance.Fallback guidanceFallback,
    boolean askForItemBack,
    boolean investigateLots) {

  static final FulfilmentSettings DEFAULTS =
      new FulfilmentSettings(
          Duration.ofHours(24),
          Duration.ofDays(3),
          Duration.ofDays(3),
          Guidance.Fallback.REFUND,
          true,
          true);

  /**
   * Checks each value, naming the setting in an {@link IllegalArgumentException}.
   *
   * @param shipWithin how soon replacements, exchanges and reshipments leave the warehouse (default
   *     24 hours); positive
   * @param guidanceFollowUpAfter when to check that guidance helped (default 3 days after the
   *     decision); positive
   * @param arrivalFollowUpAfter when to confirm that a delivery arrived (default 3 days after the
   *     decision); positive
   * @param guidanceFallback the remedy guidance commits to in advance, should the help not be
   *     enough (default {@link Guidance.Fallback#REFUND})
   * @param askForItemBack whether damaged and poor-quality items are asked back, optionally and
   *     with a prepaid label, to check the production run (default true)
   * @param investigateLots whether a damaged item triggers an investigation of its lot (default
   *     true)
   */
  public FulfilmentSettings {
    SettingBounds.positive(shipWithin, "shipWithin");
    SettingBounds.positive(guidanceFollowUpAfter, "guidanceFollowUpAfter");
    SettingBounds.positive(arrivalFollowUpAfter, "arrivalFollowUpAfter");
    Objects.requireNonNull(guidanceFallback, "guidanceFallback");
  }

  FulfilmentSettings withShipWithin(Duration v) {
    return new FulfilmentSettings(
        v,
        guidanceFollowUpAfter,
        arrivalFollowUpAfter,
        guidanceFallback,
        askForItemBack,
        investigateLots);
  }

  FulfilmentSettings withGuidanceFollowUpAfter(Duration v) {
    return new FulfilmentSettings(
        shipWithin, v, arrivalFollowUpAfter, guidanceFallback, askForItemBack, investigateLots);
  }

  FulfilmentSettings withArrivalFollowUpAfter(Duration v) {
    return new FulfilmentSettings(
        shipWithin, guidanceFollowUpAfter, v, guidanceFallback, askForItemBack, investigateLots);
  }

  FulfilmentSettings withGuidanceFallback(Guidance.Fallback v) {
    return new FulfilmentSettings(
        shipWithin,
        guidanceFollowUpAfter,
        arrivalFollowUpAfter,
        v,
        askForItemBack,
        investigateLots);
  }

  FulfilmentSettings withAskForItemBack(boolean v) {
    return new FulfilmentSettings(
        shipWithin,
        guidanceFollowUpAfter,
        arrivalFollowUpAfter,
        guidanceFallback,
        v,
        investigateLots);
  }

  FulfilmentSettings withInvestigateLots(boolean v) {
    return new FulfilmentSettings(
        shipWithin,
        guidanceFollowUpAfter,
        arrivalFollowUpAfter,
        guidanceFallback,
        askForItemBack,
        v);
  }
}
