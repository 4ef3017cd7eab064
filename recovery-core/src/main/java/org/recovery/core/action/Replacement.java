package org.recovery.core.action;

import java.time.Instant;
import java.util.Objects;
import org.recovery.core.internal.NonBlank;

/**
 * Ship a new unit of the same product now, without waiting for the old one.
 *
 * @param sku the product to ship
 * @param quantity how many units; at least 1
 * @param shipBy when it must leave the warehouse
 */
public record Replacement(String sku, int quantity, Instant shipBy) implements RecoveryAction {

  /**
   * Validates the replacement.
   *
   * @param sku the product to ship
   * @param quantity how many units; at least 1
   * @param shipBy when it must leave the warehouse
   * @throws IllegalArgumentException if the sku is blank or the quantity below 1
   */
  public Replacement {
    NonBlank.require(sku, "sku");
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be >= 1 but was " + quantity);
    }
    Objects.requireNonNull(shipBy, "shipBy");
  }

  @Override
  public ActionType type() {
    return ActionType.REPLACEMENT;
  }
}
