package org.recovery.core.monitor;

import java.time.Instant;
import java.util.Objects;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.internal.NonBlank;

/**
 * A plan to reach one customer about a {@link KnownIncident} before they complain.
 *
 * @param customerId the customer to contact; not blank
 * @param contactBy when they must have heard from us: the plan's respond-by deadline
 * @param plan the remedy, ownership and tone, as if they had complained calmly by email, with the
 *     reason {@code outreach.proactive} first
 */
public record Outreach(String customerId, Instant contactBy, RecoveryPlan plan) {

  /**
   * Validates the outreach.
   *
   * @param customerId the customer to contact; not blank
   * @param contactBy when they must have heard from us: the plan's respond-by deadline
   * @param plan the remedy, ownership and tone, as if they had complained calmly by email, with the
   *     reason {@code outreach.proactive} first
   * @throws IllegalArgumentException if the customer id is blank
   */
  public Outreach {
    NonBlank.require(customerId, "customerId");
    Objects.requireNonNull(contactBy, "contactBy");
    Objects.requireNonNull(plan, "plan");
  }
}
