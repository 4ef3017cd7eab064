package org.recovery.examples.shop;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.recovery.core.CustomerHistory;
import org.recovery.core.Incident;

/** Keeps histories in a map: enough for an example or a test. Thread-safe. */
public final class InMemoryIncidentStore implements IncidentStore {

  private final ConcurrentMap<String, CustomerHistory> histories = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryIncidentStore() {}

  @Override
  public CustomerHistory historyOf(String customerId) {
    return histories.getOrDefault(customerId, CustomerHistory.empty(customerId));
  }

  @Override
  public void record(String customerId, Incident incident) {
    histories.compute(
        customerId,
        (id, history) ->
            (history == null ? CustomerHistory.empty(id) : history).withIncident(incident));
  }
}
