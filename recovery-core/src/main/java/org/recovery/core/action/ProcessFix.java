package org.recovery.core.action;

import java.util.Objects;
import java.util.Optional;
import org.recovery.core.internal.NonBlank;

/**
 * What we change so that other customers are not hit by the same problem.
 *
 * @param area what we change
 * @param sku the product concerned, if any
 */
public record ProcessFix(Area area, Optional<String> sku) implements RecoveryAction {

  /** The part of the business a {@link ProcessFix} changes. */
  public enum Area {
    /** The size chart and fit advice. */
    SIZE_CHART,
    /** The product listing: photos, description, compatibility. */
    PRODUCT_LISTING,
    /** How we pack. */
    PACKAGING,
    /** Picking the right item in the warehouse. */
    PICKING,
    /** The instructions and first-use help. */
    INSTRUCTIONS,
    /** Quality control of the product with the supplier. */
    QUALITY_CONTROL,
    /** The carrier and delivery promises. */
    DELIVERY,
    /** Billing and payments. */
    BILLING,
    /** The reliability of the service. */
    SERVICE_RELIABILITY,
    /** Account self-service (unsubscribing, closing, updating details). */
    ACCOUNT_SELF_SERVICE,
    /** Staff training and conduct. */
    STAFF_TRAINING,
    /** Anything else; the host describes it. */
    OTHER
  }

  /**
   * Validates the fix.
   *
   * @param area what we change
   * @param sku the product concerned, if any
   * @throws IllegalArgumentException if the sku is blank
   */
  public ProcessFix {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(sku, "sku");
    sku.ifPresent(s -> NonBlank.require(s, "sku"));
  }

  @Override
  public ActionType type() {
    return ActionType.PROCESS_FIX;
  }
}
