package org.recovery.core.action;

import java.util.Objects;
import java.util.Optional;
import org.recovery.core.internal.NonBlank;

/**
 * Check the rest of the production run a faulty unit came from.
 *
 * @param sku the product
 * @param lot the production lot, if known
 */
public record Investigation(String sku, Optional<String> lot) implements RecoveryAction {

  /**
   * Validates the investigation.
   *
   * @param sku the product
   * @param lot the production lot, if known
   * @throws IllegalArgumentException if the sku or the lot is blank
   */
  public Investigation {
    NonBlank.require(sku, "sku");
    Objects.requireNonNull(lot, "lot");
    lot.ifPresent(l -> NonBlank.require(l, "lot"));
  }

  @Override
  public ActionType type() {
    return ActionType.INVESTIGATION;
  }
}
