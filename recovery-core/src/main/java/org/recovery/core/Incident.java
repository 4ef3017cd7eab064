package org.recovery.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.recovery.core.internal.NonBlank;

/**
 * One earlier incident in a customer's history, as the host recorded it.
 *
 * @param complaintId the complaint that reported it; not blank
 * @param occurredAt when it was reported
 * @param kind what the problem was
 * @param businessCaused whether it counted against the business (see {@link
 *     Cause#isBusinessCaused()})
 * @param refunded the amount refunded or credited for it, if any; never negative
 * @param resolved whether the customer's problem was solved
 */
public record Incident(
    String complaintId,
    Instant occurredAt,
    IssueKind kind,
    boolean businessCaused,
    Optional<Money> refunded,
    boolean resolved) {

  /**
   * Validates the incident.
   *
   * @param complaintId the complaint that reported it; not blank
   * @param occurredAt when it was reported
   * @param kind what the problem was
   * @param businessCaused whether it counted against the business (see {@link
   *     Cause#isBusinessCaused()})
   * @param refunded the amount refunded or credited for it, if any; never negative
   * @param resolved whether the customer's problem was solved
   * @throws IllegalArgumentException if the complaint id is blank or the refund negative
   */
  public Incident {
    NonBlank.require(complaintId, "complaintId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(refunded, "refunded");
    refunded.ifPresent(m -> m.requireNonNegative("refunded"));
  }

  /**
   * Records a complaint as an incident, for the host to add to the customer's history once the plan
   * has been carried out.
   *
   * @param complaint the complaint
   * @param refunded what was refunded or credited, if anything
   * @param resolved whether the problem was solved
   * @return the incident
   */
  public static Incident of(Complaint complaint, Optional<Money> refunded, boolean resolved) {
    return new Incident(
        complaint.id(),
        complaint.receivedAt(),
        complaint.kind(),
        complaint.isBusinessCaused(),
        refunded,
        resolved);
  }
}
