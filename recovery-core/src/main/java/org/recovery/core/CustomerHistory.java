package org.recovery.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.recovery.core.internal.NonBlank;

/**
 * A customer's earlier incidents, supplied by the host from its own store. The policy engine reads
 * it to apply diminishing returns; it never stores it. Incidents are kept in time order.
 *
 * @param customerId the customer the history belongs to; not blank
 * @param incidents the earlier incidents, oldest first
 */
public record CustomerHistory(String customerId, List<Incident> incidents) {

  private static final Comparator<Incident> BY_TIME =
      Comparator.comparing(Incident::occurredAt).thenComparing(Incident::complaintId);

  /**
   * Validates the history and sorts a copy of the incidents by time.
   *
   * @param customerId the customer the history belongs to; not blank
   * @param incidents the earlier incidents, oldest first
   * @throws IllegalArgumentException if the customer id is blank or two incidents share a complaint
   *     id
   */
  public CustomerHistory {
    NonBlank.require(customerId, "customerId");
    var sorted = new ArrayList<>(Objects.requireNonNull(incidents, "incidents"));
    sorted.forEach(i -> Objects.requireNonNull(i, "incidents[]"));
    sorted.sort(BY_TIME);
    var seen = new HashSet<String>();
    for (Incident incident : sorted) {
      if (!seen.add(incident.complaintId())) {
        throw new IllegalArgumentException(
            "incidents must have distinct complaint ids but \""
                + incident.complaintId()
                + "\" appears twice");
      }
    }
    incidents = List.copyOf(sorted);
  }

  /**
   * Returns a history with no incidents: a customer's first complaint.
   *
   * @param customerId the customer
   * @return the empty history
   */
  public static CustomerHistory empty(String customerId) {
    return new CustomerHistory(customerId, List.of());
  }

  /**
   * Returns a copy with one more incident.
   *
   * @param incident the incident to add
   * @return the longer history
   * @throws IllegalArgumentException if an incident with the same complaint id is already there
   */
  public CustomerHistory withIncident(Incident incident) {
    var more = new ArrayList<>(incidents);
    more.add(incident);
    return new CustomerHistory(customerId, more);
  }

  /**
   * Returns the incidents at or after an instant and before another.
   *
   * @param from the start, inclusive
   * @param until the end, exclusive
   * @return the incidents in that window, oldest first
   */
  public List<Incident> between(Instant from, Instant until) {
    return incidents.stream()
        .filter(i -> !i.occurredAt().isBefore(from) && i.occurredAt().isBefore(until))
        .toList();
  }
}
