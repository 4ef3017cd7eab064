package org.recovery.nps.impact;

/**
 * Tells the recovery-impact analysis whether a customer complained and whether it was resolved.
 * Hosts implement it over their own store; {@code org.recovery.nps.io.ComplaintRecords} reads one
 * from a CSV file. Implementations must be thread-safe if the analysis is shared across threads.
 */
@FunctionalInterface
public interface ComplaintLookup {
  /**
   * Returns a customer's complaint status.
   *
   * @param customerId the customer id as it appears in the survey export
   * @return the status; {@link ComplaintStatus#NEVER_COMPLAINED} for unknown customers
   */
  ComplaintStatus statusOf(String customerId);
}
