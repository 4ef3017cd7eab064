package org.recovery.core.monitor;

import java.time.Instant;
import java.util.Objects;
import org.recovery.core.Cause;
import org.recovery.core.IssueKind;
import org.recovery.core.RecoveryPolicy;
import org.recovery.core.Severity;
import org.recovery.core.internal.NonBlank;

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
   * @param id the host's identifier for the incident; not blank
   * @param kind what customers will experience, e.g. {@link IssueKind#POOR_QUALITY} for a bad lot,
   *     {@link IssueKind#SERVICE_FAILURE} for an outage, {@link IssueKind#LATE_DELIVERY} for a late
   *     shipment
   * @param cause what caused it
   * @param severity how much harm it does to each customer
   * @param detectedAt when the business found it
   * @throws IllegalArgumentException if the id is blank
   */
  public KnownIncident {
    NonBlank.require(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(detectedAt, "detectedAt");
  }
}
