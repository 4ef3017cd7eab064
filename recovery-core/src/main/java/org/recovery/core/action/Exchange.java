package org.recovery.core.action;

import java.time.Instant;
import java.util.Objects;
import org.recovery.core.internal.NonBlank;

/**
 * Ship the right item or size now, before anything comes back.
 *
 * @param sku the product the customer received and is exchanging
 * @param quantity how many units; at least 1
 * @param shipBy when the right item must leave the warehouse
 */
public record Exchange(String sku, int quantity, Instant shipBy) implements RecoveryAction {

  /**
   * Validates the exchange.
   *
   * @param sku the product the customer received and is exchanging
   * @param quantity how many units; at least 1
   * @param shipBy when the right item must leave the warehouse
   * @throws IllegalArgumentException if the sku is blank or the quantity below 1
   */
  public Exchange {
    NonBlank.require(sku, "sku");
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be >= 1 but was " + quantity);
    }
    Objects.requireNonNull(shipBy, "shipBy");
  }

  @Override
  public ActionType type() {
    return ActionType.EXCHANGE;
  }
}
