package org.recovery.core.action;

import org.recovery.core.internal.NonBlank;

/**
 * Review whether a product that keeps failing should stop being sold.
 *
 * @param sku the product
 * @param evidence what shows the failure repeats, e.g. {@code "3 POOR_QUALITY incidents in 180
 *     days"}; not blank
 */
public record StopSaleReview(String sku, String evidence) implements RecoveryAction {

  /**
   * Validates the review.
   *
   * @param sku the product
   * @param evidence what shows the failure repeats, e.g. {@code "3 POOR_QUALITY incidents in 180
   *     days"}; not blank
   * @throws IllegalArgumentException if the sku or the evidence is blank
   */
  public StopSaleReview {
    NonBlank.require(sku, "sku");
    NonBlank.require(evidence, "evidence");
  }

  @Override
  public ActionType type() {
    return ActionType.STOP_SALE_REVIEW;
  }
}
