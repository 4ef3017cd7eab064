package org.recovery.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem the business found before customers complained about it: a bad production lot, a
 * service outage, a late shipment. {@link RecoveryPolicy#planOutreach(KnownIncident,
 * java.util.List, Instant)} plans to reach the affected customers first.
 *
 * @param id the host's identifier for the incident; not blank
 * @param kind what customers will experience, e.g. {@link IssueKind#POOR_QUALITY} for a bad lot,
 *     {@link IssueKind#SERVICE_FAILURE} for an outage, {@link IssueKind#LATE_DELIVERY} for a late
 *     shipment
 * @param cause what caused it
 * @param severity how much harm it does to each customer
 * @param detectedAt when the business found it
 */
public record KnownIncident(
    String id, IssueKind kind, Cause cause, Severity severity, Instant detectedAt) {

  /**
   * Validates the incident.
   *
   * @throws IllegalArgumentException if the id is blank
   */
  public KnownIncident {
    NonBlank.require(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(detectedAt, "detectedAt");
  }

  /**
   * Returns the complaint the customer would have made, so the policy can plan the same remedy
   * before they make it.
   *
   * @param affected the customer and what of theirs is affected
   * @return a calm email complaint received when the incident was detected
   */
  Complaint toComplaint(AffectedCustomer affected) {
    var b =
        Complaint.builder()
            .id(id + "/" + affected.customer().id())
            .customer(affected.customer())
            .receivedAt(detectedAt)
            .channel(Channel.EMAIL)
            .kind(kind)
            .severity(severity)
            .mood(Mood.CALM)
            .cause(cause)
            .lines(affected.lines());
    Optional<String> order = affected.orderId();
    order.ifPresent(b::orderId);
    return b.build();
  }
}
