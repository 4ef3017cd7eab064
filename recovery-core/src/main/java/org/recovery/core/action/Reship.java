package org.recovery.core.action;

import java.time.Instant;
import java.util.Objects;
import org.recovery.core.internal.NonBlank;

/**
 * Send a lost or badly delayed delivery again, now.
 *
 * @param sku the product to send again
 * @param quantity how many units; at least 1
 * @param shipBy when it must leave the warehouse
 * @param expedited whether it goes by the fastest service, at our cost
 */
public record Reship(String sku, int quantity, Instant shipBy, boolean expedited)
    implements RecoveryAction {

  /**
   * Validates the reshipment.
   *
   * @param sku the product to send again
   * @param quantity how many units; at least 1
   * @param shipBy when it must leave the warehouse
   * @param expedited whether it goes by the fastest service, at our cost
   * @throws IllegalArgumentException if the sku is blank or the quantity below 1
   */
  public Reship {
    NonBlank.require(sku, "sku");
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be >= 1 but was " + quantity);
    }
    Objects.requireNonNull(shipBy, "shipBy");
  }

  @Override
  public ActionType type() {
    return ActionType.RESHIP;
  }
}
