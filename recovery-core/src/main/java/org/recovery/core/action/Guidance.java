package org.recovery.core.action;

import java.util.Objects;
import java.util.Optional;
import org.recovery.core.internal.NonBlank;

/**
 * Help the customer use the product, written with ownership ("we should have made this clearer"),
 * with a remedy committed in advance if the help does not work.
 *
 * @param sku the product the help is about, if any
 * @param fallback what we do, without further questions, if the help is not enough
 */
public record Guidance(Optional<String> sku, Fallback fallback) implements RecoveryAction {

  /** The remedy a {@link Guidance} commits to if the help is not enough. */
  public enum Fallback {
    /** Refund in full. */
    REFUND,
    /** Send a replacement. */
    REPLACEMENT
  }

  /**
   * Validates the guidance.
   *
   * @param sku the product the help is about, if any
   * @param fallback what we do, without further questions, if the help is not enough
   */
  public Guidance {
    Objects.requireNonNull(sku, "sku");
    sku.ifPresent(s -> NonBlank.require(s, "sku"));
    Objects.requireNonNull(fallback, "fallback");
  }

  @Override
  public ActionType type() {
    return ActionType.GUIDANCE;
  }
}
