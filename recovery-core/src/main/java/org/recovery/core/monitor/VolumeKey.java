package org.recovery.core.monitor;

import java.util.Objects;
import org.recovery.core.IssueKind;
import org.recovery.core.internal.NonBlank;

/**
 * What a {@link ComplaintMonitor} counts complaints by.
 *
 * @param scope the dimension
 * @param id the sku for {@link Scope#SKU}, {@code sku/lot} for {@link Scope#LOT}, the {@link
 *     IssueKind} name for {@link Scope#KIND}; not blank
 */
public record VolumeKey(Scope scope, String id) {

  /** The dimensions complaint volume is watched along. */
  public enum Scope {
    /** One product. */
    SKU,
    /** One production lot of one product. */
    LOT,
    /** One kind of problem, across products. */
    KIND
  }

  /**
   * Validates the key.
   *
   * @param scope the dimension
   * @param id the sku for {@link Scope#SKU}, {@code sku/lot} for {@link Scope#LOT}, the {@link
   *     IssueKind} name for {@link Scope#KIND}; not blank
   * @throws IllegalArgumentException if the id is blank
   */
  public VolumeKey {
    Objects.requireNonNull(scope, "scope");
    NonBlank.require(id, "id");
  }

  /**
   * Creates the key of a product.
   *
   * @param sku the product
   * @return the key
   */
  public static VolumeKey sku(String sku) {
    return new VolumeKey(Scope.SKU, sku);
  }

  /**
   * Creates the key of a production lot.
   *
   * @param sku the product
   * @param lot the lot
   * @return the key, with id {@code sku/lot}
   */
  public static VolumeKey lot(String sku, String lot) {
    return new VolumeKey(Scope.LOT, sku + "/" + lot);
  }

  /**
   * Creates the key of a kind of problem.
   *
   * @param kind the kind
   * @return the key
   */
  public static VolumeKey kind(IssueKind kind) {
    return new VolumeKey(Scope.KIND, kind.name());
  }
}
