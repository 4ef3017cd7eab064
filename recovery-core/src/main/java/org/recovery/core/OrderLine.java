package org.recovery.core;

import java.util.Objects;
import java.util.Optional;
import org.recovery.core.internal.NonBlank;

/**
 * One line of the order a complaint is about.
 *
 * @param sku the stock-keeping unit; not blank
 * @param name the product name as the customer saw it; not blank
 * @param lot the production lot or batch, if known; investigations of a bad run use it
 * @param quantity how many units the customer received; at least 1
 * @param unitPrice what the customer paid for one unit; never negative
 */
public record OrderLine(
    String sku, String name, Optional<String> lot, int quantity, Money unitPrice) {

  /**
   * Validates the line.
   *
   * @param sku the stock-keeping unit; not blank
   * @param name the product name as the customer saw it; not blank
   * @param lot the production lot or batch, if known; investigations of a bad run use it
   * @param quantity how many units the customer received; at least 1
   * @param unitPrice what the customer paid for one unit; never negative
   * @throws IllegalArgumentException naming the field if a value is out of range
   */
  public OrderLine {
    NonBlank.require(sku, "sku");
    NonBlank.require(name, "name");
    Objects.requireNonNull(lot, "lot");
    lot.ifPresent(l -> NonBlank.require(l, "lot"));
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be >= 1 but was " + quantity);
    }
    Objects.requireNonNull(unitPrice, "unitPrice").requireNonNegative("unitPrice");
  }

  /**
   * Creates a line with a known lot.
   *
   * @param sku the stock-keeping unit
   * @param name the product name
   * @param lot the production lot
   * @param quantity the number of units
   * @param unitPrice the price of one unit
   * @return the line
   */
  public static OrderLine of(String sku, String name, String lot, int quantity, Money unitPrice) {
    return new OrderLine(sku, name, Optional.of(lot), quantity, unitPrice);
  }

  /**
   * Returns what the customer paid for the line, exactly: {@code unitPrice × quantity}.
   *
   * @return the line total
   */
  public Money total() {
    return unitPrice.times(quantity);
  }
}
