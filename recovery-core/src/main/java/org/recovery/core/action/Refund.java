package org.recovery.core.action;

import java.util.List;
import java.util.Objects;
import org.recovery.core.Money;

/**
 * Give the money back now. A refund never waits for a return: {@link #returnRequired()} is always
 * false.
 *
 * @param amount how much to refund, exactly; never negative
 * @param skus the products refunded; empty when the refund is not for products (a billing
 *     difference, a delivery fee)
 */
public record Refund(Money amount, List<String> skus) implements RecoveryAction {

  /**
   * Validates the refund.
   *
   * @param amount how much to refund, exactly; never negative
   * @param skus the products refunded; empty when the refund is not for products (a billing
   *     difference, a delivery fee)
   * @throws IllegalArgumentException if the amount is negative
   */
  public Refund {
    Objects.requireNonNull(amount, "amount").requireNonNegative("refund.amount");
    skus = List.copyOf(skus);
  }

  /**
   * Tells whether the customer must send anything back first: never.
   *
   * @return false, always
   */
  public boolean returnRequired() {
    return false;
  }

  @Override
  public ActionType type() {
    return ActionType.REFUND;
  }
}
