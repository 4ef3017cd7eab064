package org.recovery.core.monitor;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.recovery.core.action.StopSaleReview;
import org.recovery.core.internal.NonBlank;

/**
 * A product's complaint rate per unit sold has passed the threshold: a person should review whether
 * it stops being sold.
 *
 * @param sku the product
 * @param at when the recommendation was raised
 * @param complaints product-fault complaints counted for the sku
 * @param unitsSold units sold, as the host reported them
 * @param rate {@code complaints / unitsSold}
 */
public record StopSaleRecommendation(
    String sku, Instant at, long complaints, long unitsSold, double rate) implements MonitorSignal {

  /**
   * Validates the recommendation.
   *
   * @param sku the product
   * @param at when the recommendation was raised
   * @param complaints product-fault complaints counted for the sku
   * @param unitsSold units sold, as the host reported them
   * @param rate {@code complaints / unitsSold}
   * @throws IllegalArgumentException if the sku is blank or a count is out of range
   */
  public StopSaleRecommendation {
    NonBlank.require(sku, "sku");
    Objects.requireNonNull(at, "at");
    if (complaints < 1 || unitsSold < 1) {
      throw new IllegalArgumentException(
          "complaints and unitsSold must be >= 1 but were " + complaints + " and " + unitsSold);
    }
  }

  /**
   * Converts the recommendation into the plan action that asks for the review.
   *
   * @return a stop-sale review with the evidence, e.g. {@code "12 complaints per 400 units sold
   *     (3.0%)"}
   */
  public StopSaleReview toAction() {
    return new StopSaleReview(
        sku,
        complaints
            + " complaints per "
            + unitsSold
            + " units sold ("
            + String.format(Locale.ROOT, "%.1f", rate * 100)
            + "%)");
  }
}
