package org.recovery.examples.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.recovery.core.Complaint;
import org.recovery.core.CustomerHistory;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.RecoveryPolicy;
import org.recovery.core.json.RecoveryJson;
import org.recovery.templates.Letter;

/**
 * A decision made by a face of the library (the command line or the HTTP server): the complaint,
 * the history it was decided against and the plan, with the plan's JSON and the letter as both
 * faces print them.
 *
 * @param complaint the complaint
 * @param history the customer's earlier incidents
 * @param plan the plan
 */
public record Decision(Complaint complaint, CustomerHistory history, RecoveryPlan plan) {

  /**
   * Decides. Without a history the complaint is the customer's first; without {@code now} the
   * decision is made when the complaint was received, so the same inputs always give the same plan.
   *
   * @param policy the policy
   * @param complaint the complaint
   * @param history the customer's earlier incidents, if known
   * @param now when the decision is made, if not when the complaint was received
   * @return the decision
   * @throws IllegalArgumentException if the history belongs to another customer, worded {@code
   *     customerId must be the complaint's customer "c-1" but was "c-2"}
   */
  public static Decision of(
      RecoveryPolicy policy,
      Complaint complaint,
      Optional<CustomerHistory> history,
      Optional<Instant> now) {
    String customerId = complaint.customer().id();
    CustomerHistory h = history.orElseGet(() -> CustomerHistory.empty(customerId));
    if (!h.customerId().equals(customerId)) {
      throw new IllegalArgumentException(
          "customerId must be the complaint's customer \""
              + customerId
              + "\" but was \""
              + h.customerId()
              + "\"");
    }
    return new Decision(
        complaint, h, policy.decide(complaint, h, now.orElseGet(complaint::receivedAt)));
  }

  /**
   * Returns the plan as indented JSON with a final line end, as {@code recovery decide} prints it.
   *
   * @return the JSON
   */
  public String planJson() {
    return RecoveryJson.defaults().withPrettyPrinting(true).writePlan(plan) + "\n";
  }

  /**
   * Writes the letter to the customer.
   *
   * @param lang the letter's language (default: the complaint's)
   * @param also a second language written after the first
   * @param zone the customer's time zone, in which dates are written (default: UTC)
   * @return the letter; its {@link Letter#warnings()} say when a language was not available
   */
  public Letter letter(Optional<Locale> lang, Optional<Locale> also, Optional<ZoneId> zone) {
    var builder = Letter.builder(complaint, plan);
    builder.locale(lang.orElseGet(complaint::language));
    also.ifPresent(builder::secondLocale);
    zone.ifPresent(builder::zone);
    return builder.build();
  }
}
