package org.recovery.nps.impact;

/** Names a customer's complaint history, for the recovery-impact analysis. */
public enum ComplaintStatus {
  /** The customer never complained. */
  NEVER_COMPLAINED,
  /** The customer complained and the problem was resolved. */
  COMPLAINED_RESOLVED,
  /** The customer complained and the problem was not resolved. */
  COMPLAINED_UNRESOLVED
}
