package org.recovery.examples.ecommerce;

import java.util.Objects;
import org.recovery.core.Incident;
import org.recovery.core.RecoveryPlan;
import org.recovery.templates.Letter;

/**
 * What {@link CustomerCare} did about one complaint.
 *
 * @param plan the decision
 * @param letter the letter sent to the customer
 * @param incident the incident recorded in the customer's history
 */
public record Resolution(RecoveryPlan plan, Letter letter, Incident incident) {

  /** Checks that every part is present. */
  public Resolution {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(letter, "letter");
    Objects.requireNonNull(incident, "incident");
  }
}
