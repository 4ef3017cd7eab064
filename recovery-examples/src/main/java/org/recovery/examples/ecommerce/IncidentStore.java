package org.recovery.examples.ecommerce;

import org.recovery.core.CustomerHistory;
import org.recovery.core.Incident;

/**
 * Keeps each customer's incidents: the shop's own database in production, a map in {@link
 * InMemoryIncidentStore}. Recovery stores nothing itself; the host owns the history.
 */
public interface IncidentStore {

  /**
   * Returns a customer's earlier incidents.
   *
   * @param customerId the customer
   * @return the history, empty for a customer who never complained
   */
  CustomerHistory historyOf(String customerId);

  /**
   * Adds an incident to a customer's history, atomically.
   *
   * @param customerId the customer
   * @param incident what happened and what it cost
   * @throws IllegalArgumentException if the customer already has an incident for the same complaint
   *     id: the complaint was handled before
   */
  void record(String customerId, Incident incident);
}
