package org.recovery.nps.health;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Holds one account's health, taken from its latest response.
 *
 * @param accountId the account (or respondent) id
 * @param status the health
 * @param score the latest score
 * @param submittedAt when the latest response was submitted, when known
 * @param line the line of the latest response in its export
 * @param responses how many responses the account gave
 */
public record AccountHealthStatus(
    String accountId,
    HealthStatus status,
    int score,
    Optional<Instant> submittedAt,
    long line,
    long responses) {

  /**
   * Validates the parts.
   *
   * @param accountId the account (or respondent) id
   * @param status the health
   * @param score the latest score
   * @param submittedAt when the latest response was submitted, when known
   * @param line the line of the latest response in its export
   * @param responses how many responses the account gave
   * @throws IllegalArgumentException when the account id is blank or the count is below 1
   */
  public AccountHealthStatus {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(submittedAt, "submittedAt");
    if (accountId.isBlank()) {
      throw new IllegalArgumentException("accountId must not be blank");
    }
    if (responses < 1) {
      throw new IllegalArgumentException("responses must be >= 1 but was " + responses);
    }
  }
}
