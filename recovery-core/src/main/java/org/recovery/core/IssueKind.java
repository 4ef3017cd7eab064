package org.recovery.core;

/** What kind of problem a complaint is about. */
public enum IssueKind {
  /** The item arrived broken or broke on first use. */
  DAMAGED,
  /** We sent a different item from the one ordered. */
  WRONG_ITEM,
  /** The item does not fit; often the customer ordered the size our chart suggested. */
  WRONG_SIZE,
  /** The customer cannot get the product to work as expected. */
  USAGE_DIFFICULTY,
  /** The item works but is not good enough: it wears, fails or disappoints. */
  POOR_QUALITY,
  /** The delivery arrived, or will arrive, later than promised. */
  LATE_DELIVERY,
  /** The delivery never arrived. */
  LOST_DELIVERY,
  /** The customer was charged the wrong amount or charged twice. */
  BILLING_ERROR,
  /** A service we provide (an online service, an appointment, an installation) failed. */
  SERVICE_FAILURE,
  /** Something about the account: cannot log in, cannot unsubscribe, wrong details. */
  ACCOUNT_PROBLEM,
  /** A member of staff treated the customer badly. */
  STAFF_CONDUCT,
  /** Anything else. */
  OTHER
}
