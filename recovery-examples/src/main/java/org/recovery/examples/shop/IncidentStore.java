package org.recovery.examples.shop;

import org.recovery.core.CustomerHistory;
import org.recovery.core.Incident;

/**
 * Where the shop keeps each customer's incidents: its own database in production, a map in {@link
 * InMemoryIncidentStore}. Recovery never stores anything; the host owns the history.
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
   * Adds an incident to a customer's history.
   *
   * @param customerId the customer
   * @param incident what happened and what it cost
   * @throws IllegalArgumentException if the customer already has an incident with the same
   *     complaint id
   */
  void record(String customerId, Incident incident);
}
