package org.recovery.core;

/**
 * What caused the problem, as the business sees it. Every cause but {@link #CUSTOMER_MISTAKE}
 * counts as business-caused: the carrier and the supplier are our choices, so we own them.
 */
public enum Cause {
  /** We made a mistake: picking, packing, billing, a promise we did not keep. */
  BUSINESS_ERROR,
  /** The product itself is defective. */
  PRODUCT_DEFECT,
  /** The carrier lost, damaged or delayed the delivery. */
  CARRIER,
  /** The customer made the mistake (ordered the wrong size, for example); we still own the fix. */
  CUSTOMER_MISTAKE,
  /** Not known yet. */
  UNKNOWN;

  /**
   * Tells whether the problem counts against us when we count a customer's repeated failures.
   *
   * @return false only for {@link #CUSTOMER_MISTAKE}
   */
  public boolean isBusinessCaused() {
    return this != CUSTOMER_MISTAKE;
  }
}
