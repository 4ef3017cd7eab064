package org.recovery.examples.ecommerce;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.recovery.core.CustomerHistory;
import org.recovery.core.Incident;

/**
 * Keeps histories in a map keyed by customer id: enough for an example or a test. Thread-safe; an
 * incident is added atomically, so concurrent complaints never lose one.
 */
public final class InMemoryIncidentStore implements IncidentStore {

  private final ConcurrentMap<String, CustomerHistory> histories = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryIncidentStore() {}

  @Override
  public CustomerHistory historyOf(String customerId) {
    CustomerHistory history = histories.get(customerId);
    return history != null ? history : CustomerHistory.empty(customerId);
  }

  @Override
  public void record(String customerId, Incident incident) {
    // CustomerHistory is immutable: compute swaps in a longer copy, and its constructor refuses a
    // second incident for the same complaint id.
    histories.compute(
        customerId,
        (id, history) ->
            (history != null ? history : CustomerHistory.empty(id)).withIncident(incident));
  }
}
