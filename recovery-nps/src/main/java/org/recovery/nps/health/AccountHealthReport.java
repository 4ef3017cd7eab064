package org.recovery.nps.health;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Holds every account's health and the follow-up lists: red accounts to escalate to an owner, green
 * accounts to ask for a reference or a review.
 *
 * @param accounts every account, ordered by id
 * @param escalate the red accounts, lowest score first, then by id
 * @param askForReference the green accounts, highest score first, then by id
 * @param withoutAccount responses that had no account id and were not assessed
 */
public record AccountHealthReport(
    List<AccountHealthStatus> accounts,
    List<AccountHealthStatus> escalate,
    List<AccountHealthStatus> askForReference,
    long withoutAccount) {

  /**
   * Copies the lists.
   *
   * @param accounts every account, ordered by id
   * @param escalate the red accounts, lowest score first, then by id
   * @param askForReference the green accounts, highest score first, then by id
   * @param withoutAccount responses that had no account id and were not assessed
   * @throws IllegalArgumentException when the count is negative
   */
  public AccountHealthReport {
    accounts = List.copyOf(accounts);
    escalate = List.copyOf(escalate);
    askForReference = List.copyOf(askForReference);
    if (withoutAccount < 0) {
      throw new IllegalArgumentException("withoutAccount must be >= 0 but was " + withoutAccount);
    }
  }

  /**
   * Counts the accounts per health.
   *
   * @return the number of accounts per status, every status present
   */
  public Map<HealthStatus, Long> counts() {
    EnumMap<HealthStatus, Long> counts = new EnumMap<>(HealthStatus.class);
    for (HealthStatus s : HealthStatus.values()) {
      counts.put(s, 0L);
    }
    for (AccountHealthStatus a : accounts) {
      counts.merge(a.status(), 1L, Long::sum);
    }
    return Collections.unmodifiableMap(counts);
  }
}
