package org.recovery.core.action;

import java.util.Objects;
import java.util.Optional;
import org.recovery.core.internal.NonBlank;

/**
 * Ask, never require, for the item or photos of it, so we can check the rest of the production run.
 * {@link #optional()} is always true: every remedy in the plan stands whether or not anything comes
 * back.
 *
 * @param sku the product we would like to examine
 * @param lot its production lot, if known
 * @param prepaidLabel whether we send a prepaid label, so returning it costs nothing
 * @param photosWelcome whether photos are welcome instead of the item
 */
public record ReturnRequest(
    String sku, Optional<String> lot, boolean prepaidLabel, boolean photosWelcome)
    implements RecoveryAction {

  /** Why we ask for something back. */
  public enum Purpose {
    /** To investigate the production run, so other customers are not hit. */
    INVESTIGATION
  }

  /**
   * Validates the request.
   *
   * @param sku the product we would like to examine
   * @param lot its production lot, if known
   * @param prepaidLabel whether we send a prepaid label, so returning it costs nothing
   * @param photosWelcome whether photos are welcome instead of the item
   * @throws IllegalArgumentException if the sku or the lot is blank
   */
  public ReturnRequest {
    NonBlank.require(sku, "sku");
    Objects.requireNonNull(lot, "lot");
    lot.ifPresent(l -> NonBlank.require(l, "lot"));
  }

  /**
   * Tells whether the customer may ignore the request: always.
   *
   * @return true, always
   */
  public boolean optional() {
    return true;
  }

  /**
   * Returns why we ask.
   *
   * @return {@link Purpose#INVESTIGATION}
   */
  public Purpose purpose() {
    return Purpose.INVESTIGATION;
  }

  @Override
  public ActionType type() {
    return ActionType.RETURN_REQUEST;
  }
}
